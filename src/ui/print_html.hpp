#pragma once
// Printable pages, as self-contained HTML for the browser's print dialog (→ PDF). They name the
// young person by pseudonym only: no requester, no note text, no school.
#include <string>

#include <optional>

#include "core/case.hpp"
#include "core/helpmap.hpp"

namespace rots::ui {

// One page for the meeting table: participants, the question, what was tried, the three
// columns, options, and the case's open agreements.
std::string agenda_html(const Case& c, const Meeting& m, const Date& today);
// The case on a page or two: registration, young person (minimised), meetings with their
// outcome and traject, agreements and status history.
std::string summary_html(const Case& c, const Date& today);

// "Eerste hulp bij schooluitval" (seed 002) for a region (none: every region) and, optionally, a
// school: the help map's entries grouped by tier, on one or two A4 pages, to hang in the staff room.
std::string helpmap_card_html(const HelpMap& map, std::optional<Region> region, const std::string& school,
                              const Date& today);

std::string escape_html(std::string_view text);  // also turns line breaks into <br>

}  // namespace rots::ui
