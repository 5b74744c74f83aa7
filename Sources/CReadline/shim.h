// A thin shim over GNU readline for the `troly chat` REPL.
//
// Swift 6 rejects touching C global variables (they are shared mutable state), so every rl_*
// global the shell needs is read or written here, through a small static inline function.
// Nothing here keeps state of its own (the Swift compiler does not emit a header's static
// variables).
#ifndef TROLY_CREADLINE_SHIM_H
#define TROLY_CREADLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

// Exported by readline (8.x) but declared only in its private header; used to forget a
// citizen's text on a wipe.
extern int rl_line_buffer_len;
extern int _rl_last_command_was_kill;
extern int _rl_free_saved_history_line(void);

/// Names the application (for `$if troly` in inputrc), lets the shell own every signal, keeps
/// LINES/COLUMNS out of the environment, and turns bracketed paste and file-name completion off.
/// Call after `setlocale`, so readline sees the UTF-8 locale when it initialises.
static inline void troly_rl_configure(const char *name) {
  rl_readline_name = name;
  rl_catch_signals = 0;
  rl_catch_sigwinch = 1;
  rl_persistent_signal_handlers = 1;
  rl_change_environment = 0;
  rl_initialize();
  rl_variable_bind("enable-bracketed-paste", "off");
  rl_variable_bind("disable-completion", "on");
  rl_variable_bind("bell-style", "none");
  using_history();
}

/// The characters of the line being edited (`rl_end` bytes), or 0 when there are none.
static inline int troly_rl_line_length(void) { return rl_end; }

/// The line being edited so far.
static inline const char *troly_rl_line_buffer(void) { return rl_line_buffer; }

/// Ctrl-C: show the line as typed with "^C", then start an empty one under the same prompt.
static inline int troly_rl_cancel_line(int count, int key) {
  (void)count;
  (void)key;
  rl_point = rl_end;
  rl_redisplay();
  fputs("^C", rl_outstream);
  rl_crlf();
  rl_free_line_state();
  rl_replace_line("", 0);
  _rl_free_saved_history_line();
  using_history();
  rl_on_new_line();
  return 0;
}

/// Binds `key` to cancelling the line (the shell turns the tty's VINTR off, so Ctrl-C arrives
/// as a key, not a signal).
static inline int troly_rl_bind_cancel(int key) { return rl_bind_key(key, troly_rl_cancel_line); }

/// A command that does nothing: for keys a kiosk must not offer.
static inline int troly_rl_ignore(int count, int key) {
  (void)count;
  (void)key;
  return 0;
}

/// Makes `sequence` (inputrc notation, e.g. "\\C-r") do nothing.
static inline int troly_rl_disable_keyseq(const char *sequence) {
  return rl_bind_keyseq(sequence, troly_rl_ignore);
}

/// Prints `text` on its own lines above the prompt, keeping what was typed.
static inline void troly_rl_print_above(const char *text) {
  int point = rl_point;
  rl_point = rl_end;
  rl_redisplay();
  rl_crlf();
  fputs(text, rl_outstream);
  fflush(rl_outstream);
  rl_on_new_line();
  rl_point = point;
  rl_redisplay();
}

/// Forgets the line being edited, its undo list, the saved history line, the keyboard macro
/// and the kill ring (readline has no call to empty it: `slots` one-character kills push every
/// earlier entry out, and the freed text is overwritten first).
static inline void troly_rl_forget_line(int slots) {
  rl_free_line_state();
  _rl_free_saved_history_line();
  if (rl_line_buffer != NULL && rl_line_buffer_len > 0) {
    memset(rl_line_buffer, 0, (size_t)rl_line_buffer_len);
  }
  rl_end = 0;
  for (int slot = 0; slot < slots; slot++) {
    rl_replace_line(" ", 1);
    _rl_last_command_was_kill = 0;
    rl_kill_text(0, 1);
  }
  _rl_last_command_was_kill = 0;
  rl_replace_line("", 1);
  rl_point = 0;
  rl_mark = 0;
}

/// Forgets every history entry, overwriting its text before freeing it.
static inline void troly_history_forget(void) {
  HIST_ENTRY **entries = history_list();
  if (entries != NULL) {
    for (int index = 0; entries[index] != NULL; index++) {
      char *line = entries[index]->line;
      if (line != NULL) memset(line, 0, strlen(line));
    }
  }
  clear_history();
  using_history();
}

/// SIGTERM or SIGHUP: undo what readline and the shell changed on the terminal (readline's
/// saved settings, then the usual Ctrl-C, Ctrl-Backslash and Ctrl-Z), then die of the signal.
/// Keeps no state: a static variable in this header would not be emitted by the Swift compiler.
static inline void troly_reset_terminal_and_die(int number) {
  rl_deprep_terminal();
  struct termios settings;
  if (tcgetattr(0, &settings) == 0) {
    settings.c_cc[VINTR] = 0x03;
    settings.c_cc[VQUIT] = 0x1c;
    settings.c_cc[VSUSP] = 0x1a;
    tcsetattr(0, TCSANOW, &settings);
  }
  signal(number, SIG_DFL);
  raise(number);
}

/// Makes SIGTERM and SIGHUP reset the terminal before ending the program.
static inline void troly_reset_terminal_on_signals(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = troly_reset_terminal_and_die;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
}

/// Flushes C stdio's stdout (readline's output stream) before the shell writes to fd 1.
static inline void troly_flush_stdout(void) { fflush(stdout); }

/// The width of the terminal on `fd`, or 0 when it is not a terminal or does not say.
static inline int troly_terminal_columns(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

#endif
