#include "ui/automation.hpp"

#include <cmath>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace rots::ui {
namespace {
bool same(const AutomationItem& a, const AutomationItem& b) {
  return a.id == b.id && a.kind == b.kind && a.label == b.label && a.value == b.value && a.x == b.x &&
         a.y == b.y && a.w == b.w && a.h == b.h && a.visible == b.visible && a.clipped == b.clipped && a.cut == b.cut && a.enabled == b.enabled &&
         a.focused == b.focused && a.dialog == b.dialog;
}

double rounded(float v) { return std::round(v * 10.0f) / 10.0; }
}  // namespace

bool AutomationTable::end_frame() {
  const bool changed = building_.size() != published_.size() ||
                       !std::equal(building_.begin(), building_.end(), published_.begin(), same);
  if (changed) {
    published_.swap(building_);
    ++version_;
  }
  return changed;
}

const AutomationItem* AutomationTable::find(const std::string& id) const {
  for (const auto& item : published_)
    if (item.id == id) return &item;
  return nullptr;
}

std::string AutomationTable::to_json() const {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartArray();
  for (const auto& item : published_) {
    w.StartObject();
    w.Key("id"); w.String(item.id.c_str(), static_cast<rapidjson::SizeType>(item.id.size()));
    w.Key("kind"); w.String(item.kind.c_str(), static_cast<rapidjson::SizeType>(item.kind.size()));
    w.Key("label"); w.String(item.label.c_str(), static_cast<rapidjson::SizeType>(item.label.size()));
    w.Key("value"); w.String(item.value.c_str(), static_cast<rapidjson::SizeType>(item.value.size()));
    w.Key("x"); w.Double(rounded(item.x));
    w.Key("y"); w.Double(rounded(item.y));
    w.Key("w"); w.Double(rounded(item.w));
    w.Key("h"); w.Double(rounded(item.h));
    w.Key("visible"); w.Bool(item.visible);
    w.Key("clipped"); w.Bool(item.clipped);
    w.Key("cut"); w.Bool(item.cut);
    w.Key("enabled"); w.Bool(item.enabled);
    w.Key("focused"); w.Bool(item.focused);
    w.Key("dialog"); w.Bool(item.dialog);
    w.EndObject();
  }
  w.EndArray();
  return buffer.GetString();
}

AutomationTable& automation() {
  static AutomationTable table;
  return table;
}

}  // namespace rots::ui
