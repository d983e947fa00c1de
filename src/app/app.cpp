#include "app/app.hpp"

#include <cstdio>

#include "platform/clock.hpp"
#include "platform/random_id.hpp"

namespace rots::app {

App::App(RecordBackend& backend, std::function<void()> request_frame)
    : store_(backend), request_frame_(std::move(request_frame)) {
  store_.on_change([this] { request_frame_(); });
}

void App::start() {
  store_.open_and_load([this](LoadReport report) { finish_load(std::move(report)); });
}

void App::finish_load(LoadReport report) {
  if (!report.status.ok()) {
    std::fprintf(stderr, "storage unavailable: %s\n", report.status.detail.c_str());
    load_phase_ = ui::LoadPhase::Unavailable;
  } else {
    load_phase_ = ui::LoadPhase::Ready;
  }
  for (const auto& q : report.quarantined)
    std::fprintf(stderr, "quarantined record %s: %s\n", q.key.c_str(), q.error.detail.c_str());
  workspace_.load(std::move(report.cases));
  quarantined_ = std::move(report.quarantined);
  request_frame_();
}

void App::draw_frame() {
  const ui::AppView view{workspace_, screen_, load_phase_, store_.state(), quarantined_, new_case_issues_,
                         local_today()};
  ui::Commands commands;
  ui_.draw(view, commands);
  for (const auto& command : commands) handle(command);
  if (!commands.empty()) request_frame_();
}

void App::handle(const ui::UiCommand& command) {
  if (std::holds_alternative<ui::OpenNewCase>(command)) {
    new_case_issues_.clear();
    screen_ = ui::Screen::NewCase;
  } else if (std::holds_alternative<ui::CloseNewCase>(command)) {
    screen_ = ui::Screen::CaseList;
  } else if (const auto* submit = std::get_if<ui::SubmitNewCase>(&command)) {
    submit_new_case(submit->draft);
  } else if (std::holds_alternative<ui::RetrySave>(command)) {
    store_.retry();
  }
}

void App::submit_new_case(const CaseDraft& draft) {
  const CommandContext context{"", local_today(), unix_time_ms(), new_random_id()};
  const ApplyResult result = workspace_.apply(CreateCase{draft}, context);
  new_case_issues_ = result.issues;
  if (!result.ok()) return;
  std::vector<const Case*> changed;
  for (const auto& id : result.changed_case_ids) changed.push_back(workspace_.find(id));
  store_.save_cases(changed);
  screen_ = ui::Screen::CaseList;
}

}  // namespace rots::app
