#pragma once
// Cutting a line of text to the width it has: whole if it fits, else cut after a whole
// character (UTF-8), without trailing spaces, and ended with "…". Pure logic: the caller
// measures (a font's width of a piece of text).
#include <functional>
#include <string>
#include <string_view>

namespace rots::ui {

using TextWidth = std::function<float(std::string_view)>;

std::string fit_text(std::string_view text, float max_width, const TextWidth& width_of);

}  // namespace rots::ui
