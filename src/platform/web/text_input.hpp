#pragma once
// The hidden textarea that brings the on-screen keyboard and all text input (shell/jslib/text_input.js).
extern "C" {
void rots_text_input_install();
void rots_text_input_focus();
void rots_text_input_blur();
int rots_text_input_has_focus();
}
