// "Signaalrapport": the anonymised counts of core/signal_report.hpp for a period and region,
// each section as a horizontal bar chart drawn in the app, and the same report as CSV. The
// screen only draws what the report holds: a suppressed count has no number to draw.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/date_picker.hpp"
#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

// One chart: a label column, bars scaled to the section's largest shown count, the count (or
// "<5", drawn as a hatched stub that says nothing about its size) at the end of the bar.
void draw_chart(const ReportSection& section) {
  const auto bars = chart_bars(section);
  double largest = 1.0;
  for (const auto& bar : bars) largest = std::max(largest, bar.value);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float width = ImGui::GetContentRegionAvail().x;
  const float label_width = std::min(width * 0.45f, 320.0f * metrics().scale);
  const float bar_room = width - label_width - 60.0f * metrics().scale;
  const float row = ImGui::GetTextLineHeight() + 12.0f;
  for (const auto& bar : bars) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, row));
    register_item(("report." + bar.key).c_str(), "bar", text::report_label(bar.key), bar.text);
    draw->PushClipRect(pos, ImVec2(pos.x + label_width - 8.0f, pos.y + row), true);
    draw->AddText(ImVec2(pos.x, pos.y + 6.0f), palette().text, text::report_label(bar.key).c_str());
    draw->PopClipRect();
    const float x0 = pos.x + label_width, y0 = pos.y + 4.0f, y1 = pos.y + row - 4.0f;
    float x1 = x0 + static_cast<float>(bar.value / largest) * bar_room;
    if (bar.suppressed) {
      x1 = x0 + 14.0f * metrics().scale;
      draw->AddRect(ImVec2(x0, y0), ImVec2(x1, y1), palette().text_muted, 2.0f);
      for (float x = x0; x < x1; x += 5.0f) draw->AddLine(ImVec2(x, y1), ImVec2(std::min(x + 6.0f, x1), y0), palette().text_muted);
    } else if (bar.value > 0) {
      draw->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), palette().primary, 2.0f);
    }
    draw->AddText(ImVec2(x1 + 8.0f, pos.y + 6.0f), palette().text, bar.text.c_str());
  }
}

std::string wait_text(const WaitStats& w) {
  char buffer[256];
  if (!w.median) {
    std::snprintf(buffer, sizeof buffer, text::report_wait_hidden_format, w.cases.text().c_str());
  } else {
    std::snprintf(buffer, sizeof buffer, text::report_wait_format, format_days(*w.median).c_str(),
                  format_days(*w.p25).c_str(), format_days(*w.p75).c_str(), w.cases.text().c_str());
  }
  return buffer;
}

}  // namespace

void ReportScreen::draw(const AppView& view, Commands& out) {
  if (!initialised_) {
    // The calendar year so far: what the networks usually report on.
    initialised_ = true;
    from_ = Date{view.today.year, 1, 1};
    to_ = view.today;
  }
  notice("report.intro", text::report_intro, palette().text_muted, palette().hover);
  ImGui::Dummy(ImVec2(0, 8));
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("report.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  date_field("report.from", text::report_from_label, from_, view.today);
  date_field("report.to", text::report_to_label, to_, view.today);
  std::vector<Choice> regions{{"alle", text::all_regions}};
  for (Region r : all_regions) regions.push_back({std::string(region_key(r)), text::region_name(r)});
  choice_field("report.region", text::region_label, region_, regions, text::all_regions);
  ImGui::EndChild();
  if (to_ < from_) {
    status_text("report.invalid", text::report_period_invalid, palette().error);
    return;
  }
  ReportQuery query{from_, to_, std::nullopt};
  if (region_ > 0) query.region = all_regions[static_cast<std::size_t>(region_ - 1)];
  if (button("report.csv", text::report_export_csv, ButtonKind::Primary)) out.push_back(ExportReportCsv{query});

  const SignalReport report = signal_report(view.workspace.cases(), query, view.today);
  ImGui::Dummy(ImVec2(0, 8));
  heading("report.registrations",
          (std::string(text::report_registrations) + ": " + report.registrations.text()).c_str());
  for (const auto& section : report.sections) {
    ImGui::Dummy(ImVec2(0, 10));
    const std::string id = "report.section." + std::string(section_key(section.kind));
    heading(id.c_str(), text::report_label(section_key(section.kind)).c_str());
    draw_chart(section);
  }
  ImGui::Dummy(ImVec2(0, 10));
  heading("report.wait", text::report_wait_heading);
  status_text("report.wait.text", wait_text(report.days_to_first_meeting).c_str(), palette().text);
}

}  // namespace rots::ui
