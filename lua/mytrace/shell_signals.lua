-- mytrace.shell_signals: what the shell does when the program gets a
-- signal (GDB's defaults, changed with handle SIG [no]stop [no]print
-- [no]pass), and the signals' descriptions.

local pt = require("mytrace.core")
local sh = require("mytrace.shell")

local M = {}

local quiet_sigs = { SIGALRM = true, SIGURG = true, SIGCHLD = true,
  SIGWINCH = true, SIGPROF = true, SIGIO = true, SIGVTALRM = true,
  SIGPOLL = true }
local handle = {}   -- signo -> { stop, print, pass }

function M.handling(sig)
  local h = handle[sig]
  if h then return h end
  local name = pt.signame(sig) or ""
  if name == "SIGINT" or name == "SIGTRAP" then
    -- GDB's defaults.  On a terminal, the program the shell spawns has
    -- it while it runs (src/repl.c): Ctrl-C is its SIGINT, which stops
    -- it here and is not delivered, like a SIGINT the program raises
    -- (signal SIGINT or handle SIGINT pass delivers them).
    h = { stop = true, print = true, pass = false }
  elseif quiet_sigs[name] then
    h = { stop = false, print = false, pass = true }
  else
    h = { stop = true, print = true, pass = true }
  end
  handle[sig] = h
  return h
end

local sigdesc = {
  SIGHUP = "Hangup", SIGINT = "Interrupt", SIGQUIT = "Quit",
  SIGILL = "Illegal instruction", SIGTRAP = "Trace/breakpoint trap",
  SIGABRT = "Aborted", SIGBUS = "Bus error",
  SIGFPE = "Arithmetic exception", SIGKILL = "Killed",
  SIGUSR1 = "User defined signal 1", SIGSEGV = "Segmentation fault",
  SIGUSR2 = "User defined signal 2", SIGPIPE = "Broken pipe",
  SIGALRM = "Alarm clock", SIGTERM = "Terminated", SIGCHLD = "Child status",
  SIGCONT = "Continued", SIGSTOP = "Stopped (signal)",
  SIGTSTP = "Stopped (user)", SIGTTIN = "Stopped (tty input)",
  SIGTTOU = "Stopped (tty output)", SIGWINCH = "Window size changed",
}
function M.sigdesc(name) return sigdesc[name] or name end

sh.command("handle", [[What to do when the program gets a signal:
handle SIG [no]stop [no]print [no]pass   (SIG: SIGUSR1, USR1, 10, all)]],
  function(arg)
    local w = sh.words(arg)
    if #w == 0 then sh.fail("Argument required (signal and actions).") end
    local sigs = {}
    if w[1] == "all" then
      for i = 1, 64 do if pt.signame(i) then sigs[#sigs + 1] = i end end
    else
      local s = math.tointeger(tonumber(w[1])) or pt.signum(w[1])
      if not s then sh.fail("Only signals 1-64 are valid as numeric signals.") end
      sigs[1] = s
    end
    for _, s in ipairs(sigs) do
      local h = M.handling(s)
      for i = 2, #w do
        local a = w[i]
        if a == "stop" then h.stop, h.print = true, true
        elseif a == "nostop" then h.stop = false
        elseif a == "print" then h.print = true
        elseif a == "noprint" then h.print, h.stop = false, false
        elseif a == "pass" or a == "noignore" then h.pass = true
        elseif a == "nopass" or a == "ignore" then h.pass = false
        else sh.fail("Unrecognized or ambiguous flag word: \"%s\".", a) end
      end
    end
    sh.out("Signal        Stop\tPrint\tPass to program\tDescription")
    for _, s in ipairs(sigs) do
      local h = M.handling(s)
      local name = pt.signame(s)
      sh.out("%-13s %s\t%s\t%s\t\t%s", name, h.stop and "Yes" or "No",
        h.print and "Yes" or "No", h.pass and "Yes" or "No",
        M.sigdesc(name))
    end
  end)

return M
