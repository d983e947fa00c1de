#include "core/sample_data.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <string_view>

namespace rots {
namespace {

// SplitMix64: tiny, fast, and the same numbers on every platform (std's distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int between(int low, int high) {  // inclusive
    return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
  }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <typename T, std::size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[next() % N];
  }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[next() % N];
  }

 private:
  std::uint64_t state_;
};

constexpr std::string_view words[] = {
    "de", "het", "een", "en", "van", "in", "op", "met", "voor", "niet", "is", "was", "zijn", "heeft",
    "school", "leerling", "jongere", "klas", "les", "leerkracht", "directie", "zorgcoördinator", "CLB",
    "ouders", "moeder", "vader", "thuis", "gezin", "context", "afwezig", "afwezigheid", "spijbelen",
    "halve", "dagen", "week", "maand", "sinds", "september", "januari", "overleg", "consult", "gesprek",
    "afspraak", "opvolging", "begeleiding", "traject", "hulpverlening", "jeugdhulp", "NAFT", "time-out",
    "dagbesteding", "zorgboerderij", "motivatie", "angst", "stress", "slaap", "gezondheid", "huisarts",
    "psycholoog", "therapie", "wachtlijst", "wachttijd", "aanmelding", "vraag", "antwoord", "idee",
    "ideeën", "één", "geïnteresseerd", "financiële", "privé", "café", "reünie", "coördinatie",
    "samen", "verder", "opnieuw", "graag", "moeilijk", "goed", "beter", "minder", "meer", "weinig",
    "vaak", "soms", "nooit", "altijd", "morgen", "vandaag", "gisteren", "volgende", "vorige", "eerste",
    "tweede", "derde", "jaar", "richting", "studiekeuze", "attest", "rapport", "punten", "examens",
    "stage", "werkplek", "vrienden", "sport", "muziek", "telefoon", "bericht", "mail", "bezoek",
    "verwacht", "besproken", "gevraagd", "gemeld", "gezien", "gepland", "afgesproken", "nagevraagd",
    "bekeken", "voorgesteld", "wil", "kan", "moet"};

constexpr std::array<std::string_view, 8> places = {
    "CLB-kantoor", "school, lokaal 12", "online", "jeugdhulpcentrum", "stadhuis, zaal 2",
    "thuis bij het gezin", "NAFT-lokaal", "bibliotheek"};
constexpr std::array<std::string_view, 6> grades = {"1ste jaar", "2de jaar", "3de jaar", "4de jaar", "5de leerjaar",
                                                    "6de leerjaar"};
constexpr std::array<std::string_view, 6> periods = {"sinds september", "sinds de herfstvakantie",
                                                     "sinds januari", "sinds de paasvakantie",
                                                     "het hele vorige schooljaar", "sinds twee maanden"};
constexpr std::array<std::string_view, 8> roles = {"CLB-medewerker", "Leerkracht", "Zorgcoördinator",
                                                   "Jeugdhulpverlener", "Directeur", "NAFT-begeleider",
                                                   "Netwerkcoördinator", "Contextbegeleider"};
constexpr std::array<std::string_view, 5> organisations = {"CLB", "School", "Jeugdhulp", "NAFT", "Netwerk"};

constexpr Date reference_day{2026, 11, 1};  // generated dates lie before and shortly after this day
constexpr std::int64_t ms_per_day = 24LL * 60 * 60 * 1000;

std::string sentence(Rng& rng, int length) {
  std::string out;
  for (int i = 0; i < length; ++i) {
    std::string_view w = rng.pick(words);
    if (i) out += ' ';
    if (i == 0 && w[0] >= 'a' && w[0] <= 'z') {
      out += static_cast<char>(w[0] - 'a' + 'A');
      out += w.substr(1);
    } else {
      out += w;
    }
  }
  out += '.';
  return out;
}

// Exactly `count` words, in sentences of 6-16 words.
std::string text_of_words(Rng& rng, int count) {
  std::string out;
  while (count > 0) {
    const int length = std::min(count, rng.between(6, 16));
    if (!out.empty()) out += ' ';
    out += sentence(rng, length);
    count -= length;
  }
  return out;
}

// Two statements: the operands of + are unsequenced, and gcc and clang draw in different orders.
std::string person(Rng& rng) {
  std::string role(rng.pick(roles));
  return role + " " + std::to_string(rng.between(1, 60));
}

std::string hex_id(Rng& rng) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string id;
  for (int i = 0; i < 32; ++i) id += digits[rng.next() % 16];
  return id;
}

std::string pseudonym(Rng& rng, std::size_t index) {
  std::string p;
  p += static_cast<char>('A' + rng.between(0, 25));
  p += static_cast<char>('A' + rng.between(0, 25));
  return p + "-" + std::to_string(index + 1);
}

Date day_offset(const Date& from, int days) { return date_from_days(days_since_epoch(from) + days); }
std::int64_t ms_of(const Date& d) { return days_since_epoch(d) * ms_per_day + 10 * 60 * 60 * 1000; }

void fill_registration(Rng& rng, Case& c) {
  c.region = rng.pick(all_regions);
  c.registered_on = day_offset(reference_day, -rng.between(0, 3 * 365));
  c.hulpvraag = text_of_words(rng, rng.between(15, 40));
  c.aanmelding.channel = static_cast<Channel>(rng.between(0, 2));
  c.aanmelding.requester = static_cast<RequesterKind>(rng.between(0, 3));
  c.aanmelding.requester_name = person(rng);
  c.aanmelding.requester_contact = "0" + std::to_string(rng.between(470000000, 499999999));
  c.aanmelding.clb_criteria = static_cast<std::uint32_t>(rng.between(1, static_cast<int>(all_clb_bits)));
  if (c.aanmelding.requester == RequesterKind::Jeugdhulp)
    c.aanmelding.youth_care_criteria = 1u | static_cast<std::uint32_t>(rng.between(0, static_cast<int>(all_youth_care_bits)));
  c.created_at_ms = ms_of(c.registered_on);
}

void fill_jongere(Rng& rng, Case& c) {
  c.jongere.birth_year = rng.between(2007, 2016);
  c.jongere.level = rng.pick(all_school_levels);
  c.jongere.grade = rng.pick(grades);
  c.jongere.school = "School " + std::to_string(rng.between(1, 300));
  c.jongere.problem_areas = static_cast<std::uint32_t>(rng.between(1, static_cast<int>(all_problem_bits)));
  c.jongere.absence_half_days = rng.between(0, 200);
  c.jongere.absence_period = rng.pick(periods);
  c.jongere.earlier_trajectories.push_back({rng.pick(all_trajectory_kinds), text_of_words(rng, rng.between(5, 20))});
}

Meeting meeting(Rng& rng, const Case& c, int number) {
  Meeting m;
  m.id = hex_id(rng);
  m.kind = rng.chance(60) ? MeetingKind::Consult : MeetingKind::Overlegtafel;
  m.date = day_offset(c.registered_on, 14 + number * 35 + rng.between(0, 20));
  m.start_minute = rng.between(16, 32) * 30;
  m.place = rng.pick(places);
  for (int i = rng.between(2, 5); i > 0; --i)
    m.participants.push_back({person(rng), std::string(rng.pick(organisations)), rng.pick(all_participant_roles),
                              static_cast<Attendance>(rng.between(0, 2))});
  m.consent_young_person = m.consent_context = m.kind == MeetingKind::Overlegtafel;
  if (m.kind == MeetingKind::Consult) {
    m.feedback_by = person(rng);
    m.feedback_due = day_offset(m.date, 14);
    m.feedback_given = rng.chance(50);
  }
  m.preparation = {sentence(rng, rng.between(8, 16)), text_of_words(rng, rng.between(20, 50)),
                   text_of_words(rng, rng.between(20, 50)), text_of_words(rng, rng.between(10, 30)),
                   text_of_words(rng, rng.between(10, 30)), text_of_words(rng, rng.between(10, 30))};
  m.decisions = text_of_words(rng, rng.between(20, 60));
  m.traject.push_back({sentence(rng, rng.between(4, 8)), std::string(rng.pick(organisations)), day_offset(m.date, 7)});
  return m;
}

Agreement agreement(Rng& rng, const Case& c) {
  Agreement a;
  a.id = hex_id(rng);
  a.what = sentence(rng, rng.between(5, 12));
  a.who = person(rng);
  a.follow_up_by = person(rng);
  const Meeting& at = c.meetings[rng.next() % c.meetings.size()];
  a.meeting_id = at.id;
  a.due = day_offset(at.date, rng.between(7, 42));
  a.status = static_cast<AgreementStatus>(rng.between(0, 2));
  a.created_at_ms = ms_of(at.date);
  return a;
}

Note note(Rng& rng, const Case& c, const SampleShape& shape) {
  Note n;
  n.id = hex_id(rng);
  if (rng.chance(50)) n.meeting_id = c.meetings[rng.next() % c.meetings.size()].id;
  n.author = person(rng);
  n.created_at_ms = n.updated_at_ms = c.created_at_ms + rng.between(1, 200) * ms_per_day;
  n.text = text_of_words(rng, rng.between(shape.note_words_min, shape.note_words_max));
  return n;
}

void fill_history(Rng& rng, Case& c) {
  c.history.push_back({ChangeKind::Created, c.pseudonym, c.aanmelding.requester_name, c.created_at_ms});
  for (const auto& m : c.meetings) c.history.push_back({ChangeKind::MeetingPlanned, {}, person(rng), ms_of(m.date) - 7 * ms_per_day});
  for (const auto& a : c.agreements) c.history.push_back({ChangeKind::AgreementAdded, a.what, person(rng), a.created_at_ms});
  for (const auto& n : c.notes) c.history.push_back({ChangeKind::NoteAdded, {}, n.author, n.created_at_ms});
  c.updated_at_ms = c.created_at_ms;
  for (const auto& h : c.history) c.updated_at_ms = std::max(c.updated_at_ms, h.at_ms);
}

}  // namespace

Case sample_case(std::uint64_t seed, std::size_t index, const SampleShape& shape) {
  Rng rng(seed * 0x100000001B3ull + index);
  Case c;
  c.id = hex_id(rng);
  c.pseudonym = pseudonym(rng, index);
  fill_registration(rng, c);
  fill_jongere(rng, c);
  c.status = rng.pick(all_case_statuses);
  if (c.status != CaseStatus::Aangemeld) {
    std::optional<ClosingReason> reason;
    if (c.status == CaseStatus::Afgesloten) reason = rng.pick(all_closing_reasons);
    c.status_changes.push_back({CaseStatus::Aangemeld, c.status, reason, person(rng), c.created_at_ms + ms_per_day});
  }
  for (int i = rng.between(shape.meetings_min, shape.meetings_max), n = 0; n < i; ++n) c.meetings.push_back(meeting(rng, c, n));
  for (int i = 0; i < shape.agreements; ++i) c.agreements.push_back(agreement(rng, c));
  for (int i = 0; i < shape.notes; ++i) c.notes.push_back(note(rng, c, shape));
  fill_history(rng, c);
  return c;
}

std::vector<Case> sample_cases(std::uint64_t seed, std::size_t count, const SampleShape& shape) {
  std::vector<Case> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) out.push_back(sample_case(seed, i, shape));
  return out;
}

std::size_t sample_word_count() { return std::size(words); }

}  // namespace rots
