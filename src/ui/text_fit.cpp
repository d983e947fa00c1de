#include "ui/text_fit.hpp"

namespace rots::ui {

std::string fit_text(std::string_view text, float max_width, const TextWidth& width_of) {
  if (width_of(text) <= max_width) return std::string(text);
  constexpr std::string_view ellipsis = "\u2026";
  const float room = max_width - width_of(ellipsis);
  std::string_view shown = text;
  while (!shown.empty() && width_of(shown) > room) {
    std::size_t last = shown.size() - 1;  // the last character's first byte
    while (last > 0 && (static_cast<unsigned char>(shown[last]) & 0xC0) == 0x80) --last;
    shown = shown.substr(0, last);
  }
  while (!shown.empty() && shown.back() == ' ') shown.remove_suffix(1);
  return std::string(shown) + std::string(ellipsis);
}

}  // namespace rots::ui
