// A case's registration, read-only for now (the workflow screens grow here).
#include <string>

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

void labelled_value(const char* id, const char* label, const std::string& value) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(label);
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(value.empty() ? text::nothing_filled_in : value.c_str());
  ImGui::PopTextWrapPos();
  register_item(id, "value", label, value);
  ImGui::Dummy(ImVec2(0, 4));
}

}  // namespace

void draw_case_detail(const AppView&, const Case& c) {
  begin_card("case.registration", text::section_registration);
  labelled_value("case.detail.pseudonym", text::pseudonym_short, c.pseudonym);
  labelled_value("case.detail.region", text::region_label, text::region_name(c.region));
  labelled_value("case.detail.registered_on", text::registered_on_label, to_dutch(c.registered_on));
  labelled_value("case.detail.hulpvraag", text::hulpvraag_label, c.hulpvraag);
  end_card();
}

}  // namespace rots::ui
