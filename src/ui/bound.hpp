#pragma once
// A form bound to a piece of a case: the screen edits a draft, and every valid change is sent
// as a command at once (the user never presses "save"). While the user types, the draft is not
// overwritten by what the domain stored (which may be trimmed); when the case changes
// elsewhere (undo, another command) and nobody is typing, the draft follows it.
#include <string>

namespace rots::ui {

template <class T>
class Bound {
 public:
  // Call each frame before drawing; returns the draft to draw and edit.
  T& sync(const std::string& key, const T& current, bool typing) {
    if (key != key_) {
      key_ = key;
      seen_ = sent_ = draft_ = current;
    } else if (!(current == seen_)) {
      seen_ = current;
      if (!typing) sent_ = draft_ = current;
    }
    return draft_;
  }
  // The draft differs from what was last sent or seen: send it (if valid) and call mark_sent.
  bool dirty() const { return !(draft_ == sent_); }
  void mark_sent() { sent_ = draft_; }
  const T& draft() const { return draft_; }
  const std::string& key() const { return key_; }

 private:
  std::string key_;
  T seen_{};
  T sent_{};
  T draft_{};
};

}  // namespace rots::ui
