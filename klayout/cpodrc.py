# cpodrc for KLayout: run the cpodrc design-rule checker on the current layout and show the
# result in the marker browser. Source of the macro klayout/cpodrc.lym (tools/make_lym.py wraps it;
# edit this file, not the .lym). The module loads without a GUI (klayout -b): the menu entry is
# only added when KLayout has a main window, and run_check() works in batch mode. A second entry
# checks a stack file (multi-die package): check_stack() assembles it and checks it.
import os
import shlex
import shutil
import subprocess
import tempfile

import pya

BUILTIN_DECKS = ["builtin:photonic-3d", "builtin:fopop"]
MENU_SYMBOL = "cpodrc_check"


def cpodrc_command():
    """The command that runs cpodrc: $CPODRC (split like a shell would), else cpodrc on PATH."""
    configured = os.environ.get("CPODRC", "").strip()
    if configured:
        return shlex.split(configured)
    found = shutil.which("cpodrc")
    if found:
        return [found]
    raise RuntimeError("cpodrc not found: put it on PATH or set CPODRC to its command, "
                       "e.g. CPODRC='java -jar /path/to/cpodrc.jar'")


def save_as_gds(layout, path):
    """Writes a layout as GDSII (the format cpodrc reads)."""
    options = pya.SaveLayoutOptions()
    options.format = "GDS2"
    layout.write(path, options)
    return path


def run_check(gds_path, deck, workdir, top=None, command=None, extra_args=None):
    """Runs cpodrc on a GDS file; returns (lyrdb path, exit code). Raises on errors (exit 2, 3, 4)."""
    rdb_path = os.path.join(workdir, "cpodrc.lyrdb")
    cmd = list(command if command is not None else cpodrc_command())
    cmd += ["check", gds_path, "--deck", deck, "--report", "lyrdb=" + rdb_path, "--quiet"]
    if top:
        cmd += ["--top", top]
    cmd += list(extra_args or [])
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    if proc.returncode not in (0, 1) or not os.path.isfile(rdb_path):
        raise RuntimeError("cpodrc failed (exit %d): %s" % (proc.returncode, proc.stderr.strip()))
    return rdb_path, proc.returncode


def check_layout(layout, deck, top=None, source_file=None, modified=False, command=None):
    """Checks a layout: its own file when it is an unmodified GDS or OASIS file, else a temporary GDS copy."""
    workdir = tempfile.mkdtemp(prefix="cpodrc-")
    # GDSII and OASIS files are read by cpodrc as they are; anything else is saved as GDSII first
    is_gds = bool(source_file) and source_file.lower().endswith((".gds", ".gds.gz", ".gds2", ".oas", ".oas.gz"))
    if is_gds and not modified and os.path.isfile(source_file):
        design = source_file
    else:
        design = save_as_gds(layout, os.path.join(workdir, "design.gds"))
    return run_check(design, deck, workdir, top=top, command=command)


def check_stack(stack_path, deck, command=None):
    """Checks a stack file (several die layouts placed in one package): assembles the package with
    `cpodrc assemble` and checks the stack; returns (package GDS, .lyp, lyrdb path, exit code). The
    lyrdb's top cell is the package's, so its markers overlay the assembled layout."""
    workdir = tempfile.mkdtemp(prefix="cpodrc-")
    gds = os.path.join(workdir, "package.gds")
    cmd = list(command if command is not None else cpodrc_command())
    proc = subprocess.run(cmd + ["assemble", stack_path, "-o", gds], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    if proc.returncode != 0:
        raise RuntimeError("cpodrc assemble failed (exit %d): %s" % (proc.returncode, proc.stderr.strip()))
    rdb_path, code = run_check(stack_path, deck, workdir, command=command)
    return gds, os.path.join(workdir, "package.lyp"), rdb_path, code


def run_on_stack_file():
    """Menu action: pick a stack file and a deck, open the assembled package and its markers."""
    stack_path = pya.FileDialog.ask_open_file_name("cpodrc stack file", ".", "Stack files (*.yaml *.yml);;All files (*)")
    if not stack_path:
        return
    deck = choose_deck()
    if not deck:
        return
    try:
        gds, lyp, rdb_path, code = check_stack(stack_path, deck)
    except Exception as e:
        pya.MessageBox.critical("cpodrc", str(e), pya.MessageBox.Ok)
        return
    window = pya.Application.instance().main_window()
    window.load_layout(gds, 1)
    view = pya.LayoutView.current()
    view.load_layer_props(lyp)
    index = view.create_rdb("cpodrc")
    view.rdb(index).load(rdb_path)
    view.show_rdb(index, view.active_cellview_index())


def choose_deck(parent=None):
    """Asks for a deck: a built-in one from a list, or a deck file."""
    choices = BUILTIN_DECKS + ["Deck file ..."]
    picked = pya.InputDialog.ask_item("cpodrc", "Rule deck:", choices, 0)
    if picked is None:
        return None
    if picked != "Deck file ...":
        return picked
    return pya.FileDialog.ask_open_file_name("cpodrc rule deck", ".", "Decks (*.yaml *.yml);;All files (*)")


def run_on_current_view():
    """Menu action: check the current cell view and open the result in the marker browser."""
    view = pya.LayoutView.current()
    if view is None or view.active_cellview_index() < 0:
        pya.MessageBox.warning("cpodrc", "Open a layout first.", pya.MessageBox.Ok)
        return
    cellview = view.active_cellview()
    deck = choose_deck()
    if not deck:
        return
    try:
        rdb_path, code = check_layout(cellview.layout(), deck, top=cellview.cell.name,
                                      source_file=cellview.filename(), modified=cellview.is_dirty())
    except Exception as e:
        pya.MessageBox.critical("cpodrc", str(e), pya.MessageBox.Ok)
        return
    index = view.create_rdb("cpodrc")
    view.rdb(index).load(rdb_path)
    view.show_rdb(index, view.active_cellview_index())


def install_menu():
    """Adds Tools > cpodrc: check layout; returns False (and does nothing) without a main window."""
    app = pya.Application.instance()
    window = app.main_window() if app is not None else None
    if window is None:
        return False
    menu = window.menu()
    if menu.is_valid("tools_menu." + MENU_SYMBOL):
        return True
    action = pya.Action()
    action.title = "cpodrc: check layout ..."
    action.on_triggered(run_on_current_view)
    menu.insert_separator("tools_menu.end", MENU_SYMBOL + "_sep")
    menu.insert_item("tools_menu.end", MENU_SYMBOL, action)
    stack_action = pya.Action()
    stack_action.title = "cpodrc: check stack file ..."
    stack_action.on_triggered(run_on_stack_file)
    menu.insert_item("tools_menu.end", MENU_SYMBOL + "_stack", stack_action)
    return True


install_menu()
