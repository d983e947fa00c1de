#include "ui/text_edit.hpp"

#include <algorithm>
#include <cstdio>
#include <imgui.h>
#include <imgui_internal.h>

#include "core/text_layout.hpp"
#include "ui/fonts.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

float g_visible_bottom = 1e9f;

// `scale`: the window's font scale (meeting mode draws larger text).
AdvanceFn advance_of(ImFont* font, float scale) {
  return [font, scale](char32_t c) {
    return scale * font->GetCharAdvance(c <= 0xFFFF ? static_cast<ImWchar>(c) : 0xFFFD);
  };
}

bool contains(const ScreenRect& r, float x, float y) { return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h; }

struct FieldGeometry {
  ImRect rect;
  ImVec2 text_origin;  // top-left of the first line
  float line_height;
};

void draw_selection(ImDrawList* draw, const std::string& text, const TextLayout& layout, const FieldGeometry& g,
                    const AdvanceFn& advance, std::size_t from, std::size_t to, float scroll_x) {
  for (std::size_t l = 0; l < layout.lines.size(); ++l) {
    const TextLine& line = layout.lines[l];
    const std::size_t a = std::max(from, line.begin), b = std::min(to, line.end);
    if (a >= b && !(from < line.begin && to > line.end)) continue;
    const float x0 = layout.caret_x(text, a, advance) - scroll_x;
    const float x1 = layout.caret_x(text, b, advance) - scroll_x;
    const float y = g.text_origin.y + static_cast<float>(l) * g.line_height;
    draw->AddRectFilled(ImVec2(g.text_origin.x + x0, y), ImVec2(g.text_origin.x + x1, y + g.line_height),
                        ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
  }
}

void draw_caret(ImDrawList* draw, const std::string& text, const TextLayout& layout, const FieldGeometry& g,
                const AdvanceFn& advance, std::size_t caret, float scroll_x) {
  const std::size_t line = layout.line_of(caret);
  const float x = g.text_origin.x + layout.caret_x(text, caret, advance) - scroll_x;
  const float y = g.text_origin.y + static_cast<float>(line) * g.line_height;
  draw->AddRectFilled(ImVec2(x, y + 2.0f), ImVec2(x + 2.0f, y + g.line_height - 2.0f), palette().primary);
}

// Keeps the caret of a single-line field inside the visible width.
void follow_caret(float& scroll_x, float caret_x, float inner_width) {
  if (caret_x - scroll_x > inner_width - 4.0f) scroll_x = caret_x - inner_width + 4.0f;
  if (caret_x < scroll_x) scroll_x = caret_x;
  scroll_x = std::max(0.0f, scroll_x);
}

// Scrolls the nearest window that can scroll (forms sit in auto-sized children) so that the
// field is above the keyboard's edge.
void scroll_into_view(const ImRect& rect) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  while (window->ParentWindow && (window->ChildFlags & ImGuiChildFlags_AutoResizeY)) window = window->ParentWindow;
  const float margin = 24.0f;
  const float bottom = std::min(visible_bottom(), window->InnerRect.Max.y);
  if (rect.Max.y + margin > bottom)
    ImGui::SetScrollY(window, window->Scroll.y + std::min(rect.Max.y + margin - bottom, rect.Min.y - window->InnerRect.Min.y));
  else if (rect.Min.y < window->InnerRect.Min.y)
    ImGui::SetScrollY(window, window->Scroll.y - (window->InnerRect.Min.y - rect.Min.y) - margin);
}

void context_menu(const char* id, const EditSession::Field& field, EditSession& session) {
  if (!ImGui::BeginPopupContextItem("##actions")) return;
  TextInput* input = session.input();
  const bool editing = session.editing(id);
  auto ensure_editing = [&] {
    if (!session.editing(id)) session.begin(field, field.value.size());
  };
  if (ImGui::Selectable(text::select_all, false, 0, ImVec2(220.0f, metrics().touch_target))) {
    session.claim_click();
    ensure_editing();
    input->set_selection(0, input->state().text.size());
  }
  register_item((std::string(id) + ".select_all").c_str(), "button", text::select_all);
  if (ImGui::Selectable(text::copy, false, 0, ImVec2(220.0f, metrics().touch_target))) {
    session.claim_click();
    const auto& st = input->state();
    const bool has_selection = editing && st.selection_end > st.selection_start;
    input->copy(has_selection ? st.text.substr(st.selection_start, st.selection_end - st.selection_start)
                              : field.value);
  }
  register_item((std::string(id) + ".copy").c_str(), "button", text::copy);
  if (ImGui::Selectable(text::paste, false, 0, ImVec2(220.0f, metrics().touch_target))) {
    session.claim_click();
    ensure_editing();
    input->paste();
  }
  register_item((std::string(id) + ".paste").c_str(), "button", text::paste);
  ImGui::EndPopup();
}

}  // namespace

void set_visible_bottom(float y) { g_visible_bottom = y; }
float visible_bottom() { return g_visible_bottom; }

EditSession& edit_session() {
  static EditSession session;
  return session;
}

bool EditSession::begin_at(float x, float y, bool from_tap, bool hidden_too) {
  for (const Field& f : last_fields_) {
    if (!contains(hidden_too ? f.rect : f.reachable, x, y)) continue;
    if (editing(f.id)) return true;  // already editing: the tap only moves the caret
    begin(f, f.value.size());
    // The release of this very tap reaches ImGui a frame or two later, possibly after the field
    // scrolled into view and moved away from the finger: it must not count as "tapped elsewhere".
    tap_release_pending_ = from_tap;
    return true;
  }
  return false;
}

void EditSession::begin(const Field& field, std::size_t caret) {
  if (!input_) return;
  active_ = field.id;
  scroll_x_ = 0.0f;
  input_->begin(field.value, caret, caret, field.kind, field.rect);
  begin_generation_ = input_->state().generation;
  seen_generation_ = begin_generation_;
  ensure_visible_ = true;
}

void EditSession::end() {
  tap_release_pending_ = false;
  if (active_.empty()) return;
  active_.clear();
  if (input_) input_->end();
}

bool EditSession::untouched_since_begin() const { return input_ && input_->state().generation == begin_generation_; }
bool EditSession::has_news() const { return input_ && input_->state().generation != seen_generation_; }
void EditSession::mark_seen() {
  if (input_) seen_generation_ = input_->state().generation;
}

bool EditSession::take_ensure_visible() {
  const bool wanted = ensure_visible_;
  ensure_visible_ = false;
  return wanted;
}

const EditSession::Field* EditSession::field_in(const std::vector<Field>& fields, const std::string& id) const {
  for (const Field& f : fields)
    if (f.id == id) return &f;
  return nullptr;
}

void EditSession::set_text(const std::string& id, const std::string& text) {
  if (!editing(id)) return;
  const Field* field = field_in(fields_, id);
  if (!field) field = field_in(last_fields_, id);
  if (!field) return;
  Field copy = *field;
  copy.value = text;
  begin(copy, text.size());
}

void EditSession::move(int direction) {
  auto it = std::find_if(fields_.begin(), fields_.end(), [&](const Field& f) { return f.id == active_; });
  if (it == fields_.end()) return end();
  const auto index = static_cast<long>(it - fields_.begin()) + direction;
  if (index < 0 || index >= static_cast<long>(fields_.size())) return end();
  const Field next = fields_[static_cast<std::size_t>(index)];
  begin(next, next.value.size());
}

void EditSession::end_frame() {
  if (!active_.empty()) {
    const Field* field = field_in(fields_, active_);
    const bool multi_line = field && field->kind == TextInputKind::MultiLine;
    if (!field) {
      end();  // its screen is gone
    } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && tap_release_pending_) {
      tap_release_pending_ = false;  // the tap that began this edit
    } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !click_claimed_) {
      end();  // tapped elsewhere
    } else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
      end();
    } else if (ImGui::IsKeyPressed(ImGuiKey_Tab, false)) {
      move(ImGui::GetIO().KeyShift ? -1 : 1);
    } else if (!multi_line && !enter_consumed_ && ImGui::IsKeyPressed(ImGuiKey_Enter, false)) {
      move(1);
    }
  }
  enter_consumed_ = false;
  last_fields_.swap(fields_);
  fields_.clear();
  click_claimed_ = false;
}

// The text a masked field draws: one '*' per character of the real text.
class Masking {
 public:
  Masking(const std::string& value, bool masked) : value_(value), masked_(masked) {
    if (!masked) return;
    for (std::size_t i = 0; i < value.size(); ++i)
      if ((static_cast<unsigned char>(value[i]) & 0xC0) != 0x80) {
        starts_.push_back(i);
        shown_ += '*';
      }
  }
  const std::string& shown() const { return masked_ ? shown_ : value_; }
  std::size_t to_shown(std::size_t value_offset) const {
    if (!masked_) return value_offset;
    return static_cast<std::size_t>(std::lower_bound(starts_.begin(), starts_.end(), value_offset) - starts_.begin());
  }
  std::size_t to_value(std::size_t shown_offset) const {
    if (!masked_) return shown_offset;
    return shown_offset < starts_.size() ? starts_[shown_offset] : value_.size();
  }

 private:
  const std::string& value_;
  bool masked_;
  std::string shown_;
  std::vector<std::size_t> starts_;
};

bool text_field(const char* id, const char* label, std::string& value, const TextFieldOptions& options) {
  EditSession& session = edit_session();
  ImGui::PushID(id);
  if (label && *label) {  // fields in a list (traject steps, quick entry) go without a label
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
  }

  // A disabled field (read-only window, closed case) never edits: an edit open when it became
  // disabled ends, and the field stays out of the list a tap may start editing in.
  const bool disabled = (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
  if (disabled && session.editing(id)) session.end();

  bool changed = false;
  const bool editing = session.editing(id);
  if (editing && session.has_news()) {
    const std::string& typed = session.input()->state().text;
    if (typed != value) {
      value = typed;
      changed = true;
    }
    session.mark_seen();
  }

  ImFont* font = fonts().body;
  const float font_scale = ImGui::GetFontSize() / ImGui::GetFont()->FontSize;
  const float font_size = font->FontSize * font_scale;
  const AdvanceFn advance = advance_of(font, font_scale);
  const bool multi_line = options.kind == TextInputKind::MultiLine;
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const float width = ImGui::GetContentRegionAvail().x;
  const float inner_width = width - 2.0f * pad.x;
  // A masked field lays out one '*' per character; offsets are mapped between the two texts.
  const Masking masking(value, options.masked);
  const std::string& shown_text = masking.shown();
  const TextLayout layout = TextLayout::wrap(shown_text, multi_line ? inner_width : 0.0f, advance);
  const float line_height = multi_line ? font_size * 1.4f : font_size;
  const int lines = std::max(options.min_lines, static_cast<int>(layout.lines.size()));
  const float height = multi_line ? static_cast<float>(lines) * line_height + 2.0f * pad.y : metrics().touch_target;

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  FieldGeometry g{ImRect(pos, ImVec2(pos.x + width, pos.y + height)), ImVec2(), line_height};
  g.text_origin = ImVec2(pos.x + pad.x, multi_line ? pos.y + pad.y : pos.y + (height - font_size) * 0.5f);
  const ImGuiID item_id = ImGui::GetID("##field");
  ImGui::ItemSize(g.rect);
  const bool shown = ImGui::ItemAdd(g.rect, item_id);
  ImRect reachable = g.rect;
  reachable.ClipWithFull(ImGui::GetCurrentWindow()->ClipRect);
  const EditSession::Field field{id, value, options.kind, {g.rect.Min.x, g.rect.Min.y, width, height},
                                 {reachable.Min.x, reachable.Min.y, std::max(0.0f, reachable.GetWidth()),
                                  std::max(0.0f, reachable.GetHeight())}};
  if (!disabled) session.register_field(field);

  bool hovered = false, held = false;
  const bool pressed = shown && ImGui::ButtonBehavior(g.rect, item_id, &hovered, &held);
  float& scroll_x = session.scroll_x();
  if (pressed) {
    session.claim_click();
    const ImVec2 tap = ImGui::GetIO().MousePos;
    const float local_y = (tap.y - g.text_origin.y) / line_height;
    const std::size_t line = multi_line ? static_cast<std::size_t>(std::max(0.0f, local_y)) : 0;
    const float local_x = tap.x - g.text_origin.x + (editing ? scroll_x : 0.0f);
    const std::size_t caret = masking.to_value(layout.offset_at(shown_text, line, local_x, advance));
    if (!session.editing(id)) session.begin(field, caret);
    else if (session.untouched_since_begin()) session.input()->set_selection(caret, caret);
  }

  if (shown) {
    const bool active = session.editing(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 border = options.error ? palette().error : active ? palette().primary : palette().border;
    draw->AddRectFilled(g.rect.Min, g.rect.Max, ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
    draw->AddRect(g.rect.Min, g.rect.Max, border, ImGui::GetStyle().FrameRounding, 0, active ? 2.0f : 1.0f);
    ImGui::PushClipRect(ImVec2(g.rect.Min.x + 2.0f, g.rect.Min.y + 2.0f), ImVec2(g.rect.Max.x - 2.0f, g.rect.Max.y - 2.0f), true);
    const auto& state = session.input() ? session.input()->state() : TextInputState{};
    const std::size_t sel_start = masking.to_shown(state.selection_start), sel_end = masking.to_shown(state.selection_end);
    if (active && !multi_line) follow_caret(scroll_x, layout.caret_x(shown_text, sel_end, advance), inner_width);
    const float offset_x = active && !multi_line ? scroll_x : 0.0f;
    if (active && sel_end > sel_start && state.text == value)
      draw_selection(draw, shown_text, layout, g, advance, sel_start, sel_end, offset_x);
    if (value.empty() && options.hint) {
      draw->AddText(font, font_size, g.text_origin, ImGui::GetColorU32(ImGuiCol_TextDisabled), options.hint);
    }
    for (std::size_t l = 0; l < layout.lines.size(); ++l) {
      const TextLine& line = layout.lines[l];
      const ImVec2 p(g.text_origin.x - offset_x, g.text_origin.y + static_cast<float>(l) * line_height);
      draw->AddText(font, font_size, p, ImGui::GetColorU32(ImGuiCol_Text), shown_text.data() + line.begin,
                    shown_text.data() + line.end);
    }
    if (active && sel_end == sel_start && state.text == value)
      draw_caret(draw, shown_text, layout, g, advance, std::min(sel_end, shown_text.size()), offset_x);
    ImGui::PopClipRect();
  }
  if (options.submitted && !multi_line && session.editing(id) && ImGui::IsKeyPressed(ImGuiKey_Enter, false)) {
    *options.submitted = true;
    session.consume_enter();
  }
  // Also when clipped: the field the keyboard would cover must come into view.
  if (session.editing(id) && session.take_ensure_visible()) scroll_into_view(g.rect);
  register_item(id, "text", label, options.masked ? shown_text : value, session.editing(id));
  if (!options.masked) context_menu(id, field, session);
  ImGui::PopID();
  if (options.error) {
    const std::string error_id = std::string(id) + ".error";
    status_text(error_id.c_str(), options.error, palette().error);
  }
  return changed;
}

TextFieldOptions passphrase_field(const char* error) {
  TextFieldOptions options;
  options.kind = TextInputKind::Password;
  options.masked = true;
  options.hint = text::passphrase_hint;
  options.error = error;
  return options;
}

}  // namespace rots::ui
