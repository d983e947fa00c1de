#include "core/workspace.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

#include "core/text.hpp"

namespace rots {
namespace {

constexpr std::int64_t coalesce_window_ms = 10 * 60 * 1000;

bool coalesces(ChangeKind kind) {
  return kind == ChangeKind::RegistrationEdited || kind == ChangeKind::JongereEdited ||
         kind == ChangeKind::MeetingEdited || kind == ChangeKind::AgreementEdited ||
         kind == ChangeKind::ReferralEdited || kind == ChangeKind::KnelpuntenEdited;
}

// Typing in a field saves often; the history keeps one line per field edit session, not per save.
void record(Case& c, ChangeKind kind, std::string subject, const CommandContext& context) {
  if (!c.history.empty()) {
    HistoryEntry& last = c.history.back();
    if (coalesces(kind) && last.kind == kind && last.subject == subject && last.actor == context.actor &&
        context.now_ms - last.at_ms < coalesce_window_ms) {
      last.at_ms = context.now_ms;
      return;
    }
  }
  c.history.push_back({kind, std::move(subject), context.actor, context.now_ms});
}

void record_status(Case& c, CaseStatus to, std::optional<ClosingReason> reason, const CommandContext& context) {
  c.status_changes.push_back({c.status, to, reason, context.actor, context.now_ms});
  c.status = to;
  record(c, ChangeKind::StatusChanged, {}, context);
}

template <class T>
T* find_item(std::vector<T>& items, std::string_view id) {
  for (auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

std::string meeting_subject(const Meeting& m) { return to_dutch(m.date); }

}  // namespace

namespace {

// The case a command changes, if it names one.
template <class C>
std::string_view case_named_by(const C& command) {
  if constexpr (requires { command.case_id; }) return command.case_id;
  else if constexpr (requires { command.snapshot.id; }) return command.snapshot.id;
  else return {};
}

}  // namespace

ApplyResult Workspace::apply(const Command& command, const CommandContext& context) {
  // An outline holds only what the list shows: an edit of it (or a merge beside it) would
  // write a case with everything else missing.
  const bool touches_outline = std::visit(
      [&](const auto& c) {
        if constexpr (std::is_same_v<std::decay_t<decltype(c)>, ImportCases>) return !unopened_.empty();
        else return !is_open(case_named_by(c));
      },
      command);
  if (touches_outline) {
    ApplyResult refused;
    refused.error = ApplyError::NotOpen;
    return refused;
  }
  ApplyResult result = std::visit([&](const auto& c) { return apply_one(c, context); }, command);
  ++revision_;
  if (result.ok()) {
    for (const auto* ids : {&result.changed_case_ids, &result.undeleted_case_ids})
      for (const auto& id : *ids) changed_at_[id] = revision_;
  }
  return result;
}

std::uint64_t Workspace::revision_of(std::string_view case_id) const {
  const auto it = changed_at_.find(case_id);
  return it == changed_at_.end() ? load_revision_ : it->second;
}

ApplyResult Workspace::apply_one(const CreateCase& command, const CommandContext& context) {
  ApplyResult result;
  result.issues = validate(command.draft, context.today);
  if (!result.ok()) return result;
  if (find(context.new_id)) {
    result.error = ApplyError::DuplicateId;
    return result;
  }

  Case c;
  c.id = context.new_id;
  c.pseudonym = std::string(trim_spaces(command.draft.pseudonym));
  c.region = *command.draft.region;
  c.registered_on = *parse_dutch_date(command.draft.registered_on);
  c.hulpvraag = std::string(trim_spaces(command.draft.hulpvraag));
  c.aanmelding = command.draft.aanmelding;
  c.created_at_ms = context.now_ms;
  c.updated_at_ms = context.now_ms;
  record(c, ChangeKind::Created, {}, context);
  stamp_edit(nullptr, c, context.device_id);
  append(c);
  result.changed_case_ids.push_back(c.id);
  result.undo = DeleteCase{c.id};
  return result;
}

ApplyResult Workspace::apply_one(const DeleteCase& command, const CommandContext& context) {
  ApplyResult result;
  const Case* found = find(command.case_id);
  if (!found) {
    result.error = ApplyError::UnknownCase;
    return result;
  }
  result.undo = RestoreCase{*found};
  result.deleted_case_ids.push_back(found->id);
  deleted_[found->id] = context.now_ms;
  cases_.erase(cases_.begin() + (found - cases_.data()));
  reindex();
  return result;
}

ApplyResult Workspace::apply_one(const DuplicateCase& command, const CommandContext& context) {
  ApplyResult result;
  const Case* original = find(command.case_id);
  if (!original) {
    result.error = ApplyError::UnknownCase;
    return result;
  }
  CaseDraft draft{command.pseudonym, original->region, to_dutch(original->registered_on), original->hulpvraag,
                  original->aanmelding};
  result.issues = validate(draft, context.today);
  if (!result.ok()) return result;
  if (find(context.new_id)) {
    result.error = ApplyError::DuplicateId;
    return result;
  }
  Case copy = *original;
  copy.id = context.new_id;
  copy.pseudonym = std::string(trim_spaces(command.pseudonym));
  copy.created_at_ms = context.now_ms;
  copy.updated_at_ms = context.now_ms;
  // A sibling shares the context, not the work: meetings, agreements, notes and history start empty.
  copy.status = CaseStatus::Aangemeld;
  copy.status_changes.clear();
  copy.meetings.clear();
  copy.agreements.clear();
  copy.notes.clear();
  copy.history.clear();
  copy.sync = {};
  copy.merge_base.clear();
  copy.conflict_units.clear();
  copy.conflict_theirs.clear();
  copy.conflict_from.clear();
  copy.referrals.clear();
  record(copy, ChangeKind::Created, {}, context);
  stamp_edit(nullptr, copy, context.device_id);
  append(copy);
  result.changed_case_ids.push_back(copy.id);
  result.undo = DeleteCase{copy.id};
  return result;
}

ApplyResult Workspace::apply_one(const RestoreCase& command, const CommandContext&) {
  ApplyResult result;
  if (find(command.snapshot.id)) {
    result.error = ApplyError::DuplicateId;
    return result;
  }
  append(command.snapshot);
  result.changed_case_ids.push_back(command.snapshot.id);
  if (deleted_.erase(command.snapshot.id)) result.undeleted_case_ids.push_back(command.snapshot.id);
  result.undo = DeleteCase{command.snapshot.id};
  return result;
}

// Runs `edit` on a copy of the case, and only when it succeeds, stores the copy with its history
// line and offers the old state as undo. Nothing changes on failure.
template <class Edit>
ApplyResult Workspace::edit_case(const std::string& case_id, const CommandContext& context, bool allow_closed,
                                 Edit&& edit) {
  ApplyResult result;
  Case* current = find_mutable(case_id);
  if (!current) {
    result.error = ApplyError::UnknownCase;
    return result;
  }
  if (!allow_closed && current->status == CaseStatus::Afgesloten) {
    result.error = ApplyError::CaseClosed;
    return result;
  }
  Case copy = *current;
  std::optional<std::pair<ChangeKind, std::string>> line = edit(copy, result);
  if (!result.ok()) return result;
  if (copy == *current) return result;  // nothing changed: no history line, nothing to save
  if (line) record(copy, line->first, std::move(line->second), context);
  copy.updated_at_ms = context.now_ms;
  stamp_edit(current, copy, context.device_id);
  result.undo = RevertCase{*current};
  result.changed_case_ids.push_back(case_id);
  *current = std::move(copy);
  return result;
}

using Line = std::optional<std::pair<ChangeKind, std::string>>;

ApplyResult Workspace::apply_one(const RevertCase& command, const CommandContext& context) {
  return edit_case(command.snapshot.id, context, true, [&](Case& c, ApplyResult&) -> Line {
    auto history = c.history;  // the undo itself stays visible in the history
    c = command.snapshot;
    c.history = std::move(history);
    return std::pair{ChangeKind::Undone, std::string()};
  });
}

ApplyResult Workspace::apply_one(const UpdateRegistration& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    result.issues = validate(command.draft, context.today);
    if (!result.issues.empty()) return std::nullopt;
    c.pseudonym = std::string(trim_spaces(command.draft.pseudonym));
    c.region = *command.draft.region;
    c.registered_on = *parse_dutch_date(command.draft.registered_on);
    // Saved as typed, mid-sentence: the screen shows "Opgeslagen" beside exactly these
    // characters, and a tab closed after "school " must reopen with the caret after the space.
    c.hulpvraag = command.draft.hulpvraag;
    c.aanmelding = command.draft.aanmelding;
    return std::pair{ChangeKind::RegistrationEdited, std::string()};
  });
}

ApplyResult Workspace::apply_one(const UpdateJongere& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    result.issues = validate(command.jongere, context.today);
    if (!result.issues.empty()) return std::nullopt;
    c.jongere = command.jongere;
    return std::pair{ChangeKind::JongereEdited, std::string()};
  });
}

ApplyResult Workspace::apply_one(const PlanMeeting& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Meeting m;
    m.id = context.new_id;
    m.kind = command.kind;
    m.date = command.date;
    m.start_minute = command.start_minute;
    m.place = std::string(trim_spaces(command.place));
    result.issues = validate(m);
    if (!result.issues.empty()) return std::nullopt;
    if (c.meeting(m.id)) {
      result.error = ApplyError::DuplicateId;
      return std::nullopt;
    }
    c.meetings.push_back(m);
    result.created_id = m.id;
    // Planning a meeting is what "gepland" means; the status follows without a separate tap.
    if (can_transition(c.status, CaseStatus::OverlegGepland)) {
      record(c, ChangeKind::MeetingPlanned, meeting_subject(m), context);
      record_status(c, CaseStatus::OverlegGepland, std::nullopt, context);
      return std::nullopt;
    }
    return std::pair{ChangeKind::MeetingPlanned, meeting_subject(m)};
  });
}

ApplyResult Workspace::apply_one(const UpdateMeeting& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Meeting* m = find_item(c.meetings, command.meeting.id);
    if (!m) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    result.issues = validate(command.meeting);
    if (!result.issues.empty()) return std::nullopt;
    *m = command.meeting;
    return std::pair{ChangeKind::MeetingEdited, meeting_subject(*m)};
  });
}

ApplyResult Workspace::apply_one(const RemoveMeeting& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    auto it = std::find_if(c.meetings.begin(), c.meetings.end(),
                           [&](const Meeting& m) { return m.id == command.meeting_id; });
    if (it == c.meetings.end()) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    std::string subject = meeting_subject(*it);
    c.meetings.erase(it);
    return std::pair{ChangeKind::MeetingRemoved, std::move(subject)};
  });
}

ApplyResult Workspace::apply_one(const AddAgreement& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Agreement a = command.agreement;
    a.id = context.new_id;
    a.what = std::string(trim_spaces(a.what));
    a.who = std::string(trim_spaces(a.who));
    a.follow_up_by = std::string(trim_spaces(a.follow_up_by));
    a.status = AgreementStatus::Open;
    a.created_at_ms = context.now_ms;
    result.issues = validate(a);
    if (!result.issues.empty()) return std::nullopt;
    if (c.agreement(a.id)) {
      result.error = ApplyError::DuplicateId;
      return std::nullopt;
    }
    if (!a.meeting_id.empty() && !c.meeting(a.meeting_id)) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    c.agreements.push_back(a);
    result.created_id = a.id;
    return std::pair{ChangeKind::AgreementAdded, a.what};
  });
}

ApplyResult Workspace::apply_one(const UpdateAgreement& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Agreement* a = find_item(c.agreements, command.agreement.id);
    if (!a) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    result.issues = validate(command.agreement);
    if (!result.issues.empty()) return std::nullopt;
    const auto created = a->created_at_ms;
    *a = command.agreement;
    a->created_at_ms = created;
    return std::pair{ChangeKind::AgreementEdited, a->what};
  });
}

ApplyResult Workspace::apply_one(const SetAgreementStatus& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Agreement* a = find_item(c.agreements, command.agreement_id);
    if (!a) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    a->status = command.status;
    const ChangeKind kind = command.status == AgreementStatus::Gedaan        ? ChangeKind::AgreementDone
                            : command.status == AgreementStatus::Geannuleerd ? ChangeKind::AgreementCancelled
                                                                             : ChangeKind::AgreementReopened;
    return std::pair{kind, a->what};
  });
}

ApplyResult Workspace::apply_one(const AddNote& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    result.issues = validate_note_text(command.text);
    if (!result.issues.empty()) return std::nullopt;
    if (c.note(context.new_id)) {
      result.error = ApplyError::DuplicateId;
      return std::nullopt;
    }
    if (!command.meeting_id.empty() && !c.meeting(command.meeting_id)) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    Note n;
    n.id = context.new_id;
    n.meeting_id = command.meeting_id;
    n.author = context.actor;
    n.created_at_ms = n.updated_at_ms = context.now_ms;
    n.text = std::string(trim_spaces(command.text));
    c.notes.push_back(std::move(n));
    result.created_id = context.new_id;
    return std::pair{ChangeKind::NoteAdded, std::string()};
  });
}

ApplyResult Workspace::apply_one(const EditNote& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Note* n = find_item(c.notes, command.note_id);
    if (!n) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    result.issues = validate_note_text(command.text);
    if (!result.issues.empty()) return std::nullopt;
    const std::string text(trim_spaces(command.text));
    if (text == n->text) return std::nullopt;
    n->earlier.push_back({n->text, n->author, n->updated_at_ms});
    n->text = text;
    n->author = context.actor;
    n->updated_at_ms = context.now_ms;
    return std::pair{ChangeKind::NoteEdited, std::string()};
  });
}

ApplyResult Workspace::apply_one(const DeleteNote& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    auto it = std::find_if(c.notes.begin(), c.notes.end(), [&](const Note& n) { return n.id == command.note_id; });
    if (it == c.notes.end()) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    c.notes.erase(it);
    return std::pair{ChangeKind::NoteDeleted, std::string()};
  });
}

ApplyResult Workspace::apply_one(const ChangeStatus& command, const CommandContext& context) {
  return edit_case(command.case_id, context, true, [&](Case& c, ApplyResult& result) -> Line {
    if (!can_transition(c.status, command.to)) {
      result.error = ApplyError::NotAllowed;
      return std::nullopt;
    }
    if (command.to == CaseStatus::Afgesloten && !command.reason) {
      result.issues.push_back({CaseField::ClosingReason, ValidationCode::Required});
      return std::nullopt;
    }
    record_status(c, command.to,
                  command.to == CaseStatus::Afgesloten ? command.reason : std::optional<ClosingReason>{}, context);
    return std::nullopt;
  });
}

void Workspace::load(std::vector<Case> cases, std::map<std::string, std::int64_t> deleted) {
  deleted_ = std::move(deleted);
  std::map<std::string, Case> latest;
  for (auto& c : cases) {
    auto it = latest.find(c.id);
    if (it == latest.end() || it->second.updated_at_ms < c.updated_at_ms) latest[c.id] = std::move(c);
  }
  cases_.clear();
  for (auto& [id, c] : latest) cases_.push_back(std::move(c));
  reindex();
  load_revision_ = ++revision_;
  changed_at_.clear();
  unopened_.clear();
}

void Workspace::add_outlines(std::vector<Case> outlines) {
  for (Case& outline : outlines) {
    if (find(outline.id)) continue;
    unopened_.insert(outline.id);
    append(std::move(outline));
  }
  ++revision_;
}

bool Workspace::open_case(Case full) {
  const std::string id = full.id;
  Case* held = find_mutable(id);
  if (held && is_open(id)) return false;
  if (held) *held = std::move(full);
  else append(std::move(full));
  unopened_.erase(id);
  changed_at_[id] = ++revision_;
  return true;
}

std::vector<std::string> Workspace::drop_unopened() {
  std::vector<std::string> dropped(unopened_.begin(), unopened_.end());
  if (dropped.empty()) return dropped;
  std::erase_if(cases_, [&](const Case& c) { return unopened_.contains(c.id); });
  reindex();
  unopened_.clear();
  ++revision_;
  return dropped;
}

Case* Workspace::find_mutable(std::string_view id) {
  return const_cast<Case*>(std::as_const(*this).find(id));
}

const Case* Workspace::find(std::string_view id) const {
  const auto it = positions_.find(id);
  return it == positions_.end() ? nullptr : &cases_[it->second];
}

void Workspace::append(Case c) {
  positions_[c.id] = cases_.size();
  cases_.push_back(std::move(c));
}

void Workspace::reindex() {
  positions_.clear();
  for (std::size_t i = 0; i < cases_.size(); ++i) positions_[cases_[i].id] = i;
}

std::vector<const Case*> Workspace::cases_for_list() const {
  // Sorted on keys copied next to each other: comparing through the pointers reads two cases
  // scattered over the heap per comparison, several times slower at thousands of cases.
  struct Key {
    int day;  // registered_on as one number: yyyymmdd
    std::int64_t created_at_ms;
    const Case* c;
  };
  std::vector<Key> keys;
  keys.reserve(cases_.size());
  for (const auto& c : cases_)
    keys.push_back({c.registered_on.year * 10000 + c.registered_on.month * 100 + c.registered_on.day, c.created_at_ms, &c});
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.day != b.day) return a.day > b.day;
    if (a.created_at_ms != b.created_at_ms) return a.created_at_ms > b.created_at_ms;
    return a.c->id < b.c->id;
  });
  std::vector<const Case*> list;
  list.reserve(keys.size());
  for (const Key& k : keys) list.push_back(k.c);
  return list;
}

}  // namespace rots

namespace rots {

ApplyResult Workspace::apply_one(const ImportCases& command, const CommandContext& context) {
  ApplyResult result;
  for (const Case& incoming : command.cases) {
    if (!is_case_id(incoming.id)) {
      result.error = ApplyError::UnknownCase;
      return result;
    }
  }
  for (Case c : command.cases) {
    result.changed_case_ids.push_back(c.id);
    if (deleted_.erase(c.id)) result.undeleted_case_ids.push_back(c.id);
    // The import line is not a change to exchange: no stamp, so a bundle sent straight back
    // reads as "unchanged" on the other device.
    c.history.push_back({ChangeKind::Imported, command.from, context.actor, context.now_ms});
    if (Case* existing = find_mutable(c.id))
      *existing = std::move(c);
    else
      append(std::move(c));
  }
  return result;
}

ApplyResult Workspace::apply_one(const ResolveConflict& command, const CommandContext& context) {
  return edit_case(command.case_id, context, true, [&](Case& c, ApplyResult& result) -> Line {
    if (!resolve_conflict(c, command.unit, command.choice)) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    return std::pair{ChangeKind::ConflictResolved, command.unit};
  });
}

}  // namespace rots

namespace rots {

ApplyResult Workspace::apply_one(const AddReferral& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Referral r = command.referral;
    r.id = context.new_id;
    r.service_name = std::string(trim_spaces(r.service_name));
    r.created_at_ms = context.now_ms;
    result.issues = validate(r);
    if (!result.issues.empty()) return std::nullopt;
    if (c.referral(r.id)) {
      result.error = ApplyError::DuplicateId;
      return std::nullopt;
    }
    c.referrals.push_back(r);
    result.created_id = r.id;
    return std::pair{ChangeKind::ReferralAdded, r.service_name};
  });
}

ApplyResult Workspace::apply_one(const UpdateReferral& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    Referral* r = find_item(c.referrals, command.referral.id);
    if (!r) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    result.issues = validate(command.referral);
    if (!result.issues.empty()) return std::nullopt;
    const auto created = r->created_at_ms;
    *r = command.referral;
    r->created_at_ms = created;
    return std::pair{ChangeKind::ReferralEdited, r->service_name};
  });
}

ApplyResult Workspace::apply_one(const RemoveReferral& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    auto it = std::find_if(c.referrals.begin(), c.referrals.end(),
                           [&](const Referral& r) { return r.id == command.referral_id; });
    if (it == c.referrals.end()) {
      result.error = ApplyError::UnknownItem;
      return std::nullopt;
    }
    std::string subject = it->service_name;
    c.referrals.erase(it);
    return std::pair{ChangeKind::ReferralRemoved, std::move(subject)};
  });
}

ApplyResult Workspace::apply_one(const SetKnelpunten& command, const CommandContext& context) {
  return edit_case(command.case_id, context, false, [&](Case& c, ApplyResult& result) -> Line {
    if ((command.knelpunten & ~all_knelpunt_bits) != 0 || !is_valid_utf8(command.other) ||
        utf8_length(command.other) > max_short_text_length) {
      result.issues.push_back({CaseField::KnelpuntOther, ValidationCode::InvalidText});
      return std::nullopt;
    }
    c.knelpunten = command.knelpunten;
    c.knelpunt_other = std::string(trim_spaces(command.other));
    return std::pair{ChangeKind::KnelpuntenEdited, std::string()};
  });
}

}  // namespace rots
