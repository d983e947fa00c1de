#include "core/settings.hpp"

#include <algorithm>

namespace rots {

int larger_text_size(int percent) {
  for (int step : text_size_steps)
    if (step > percent) return step;
  return text_size_steps.back();
}

int smaller_text_size(int percent) {
  for (auto it = text_size_steps.rbegin(); it != text_size_steps.rend(); ++it)
    if (*it < percent) return *it;
  return text_size_steps.front();
}

bool is_text_size_step(int percent) {
  return std::find(text_size_steps.begin(), text_size_steps.end(), percent) != text_size_steps.end();
}

}  // namespace rots
