#pragma once
// A rapidjson reader handler that builds nothing and notes the shape of a document: whether it
// is an object, and whether its first member named `root` (if one is asked for) holds an object.
// Checks of untrusted JSON use it before anything is decoded (record_codec.cpp, bundle.cpp).
#include <rapidjson/reader.h>

#include <string_view>

namespace rots {

struct JsonShape : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, JsonShape> {
  JsonShape() = default;
  explicit JsonShape(std::string_view root_name) : root(root_name), wants_root(true) {}

  bool Default() {
    value(false);
    return true;
  }
  bool StartObject() {
    value(true);
    ++depth;
    return true;
  }
  bool StartArray() {
    value(false);
    ++depth;
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    --depth;
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth;
    return true;
  }
  bool Key(const char* name, rapidjson::SizeType length, bool) {
    next_is_root = wants_root && depth == 1 && !root_seen && std::string_view(name, length) == root;
    return true;
  }
  // Every value passes here first: the document itself, then members and elements.
  void value(bool is_object) {
    if (!started) top_is_object = is_object;
    started = true;
    if (next_is_root) {
      root_seen = true;
      root_is_object = is_object;
      next_is_root = false;
    }
  }

  std::string_view root;
  bool wants_root = false;
  int depth = 0;
  bool started = false, top_is_object = false, next_is_root = false, root_seen = false, root_is_object = false;
};

}  // namespace rots
