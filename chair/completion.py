"""Shell completion for `chair`: scripts for bash, zsh and fish, made from the parser itself.

`chair completion bash|zsh|fish` prints a script that completes the commands, their options, the
choices an option allows, scenario ids and folders, action scripts (``*.yaml``) and saves
(``*.json``). The scripts are generated from the argparse parser, so a new command or option is
completed without touching this file; what an argument holds is read from its name (`KINDS`).
Scenario ids depend on the working directory and the user's folders, so the scripts ask
`chair completion --ids` for them each time (it loads no scenario, only lists folders).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass

SHELLS = ("bash", "zsh", "fish")

SCENARIO, YAML, JSON, FOLDER, NOTHING = "scenario", "yaml", "json", "folder", ""
KINDS = {
    "scenario": SCENARIO,
    "scenarios": SCENARIO,
    "script": YAML,
    "save": JSON,
    "load": JSON,
    "saves": FOLDER,
    "name": FOLDER,
}
"""What an argument holds, by its argparse `dest`; anything else is completed only by its choices."""


@dataclass(frozen=True)
class Argument:
    flags: tuple[str, ...]  # empty for a positional argument
    name: str
    help: str
    takes_value: bool
    kind: str
    choices: tuple[str, ...]
    nargs: str | int | None


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    arguments: tuple[Argument, ...]


def commands(parser: argparse.ArgumentParser) -> list[Command]:
    """The subcommands of `parser` with their arguments, in the order they were added."""
    found = []
    for action in parser._actions:  # argparse keeps no public list of them
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
        for name, subparser in action.choices.items():
            if name in helps:  # aliases and hidden commands have no help entry
                found.append(Command(name, _short(helps[name]), tuple(arguments(subparser))))
    return found


def arguments(parser: argparse.ArgumentParser) -> list[Argument]:
    """The options and positional arguments of one parser, as completion needs them."""
    found = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        takes_value = action.nargs != 0
        choices = tuple(str(c) for c in action.choices) if action.choices else ()
        found.append(
            Argument(
                flags=tuple(action.option_strings),
                name=str(action.metavar or action.dest).lower(),
                help=_short(action.help or ""),
                takes_value=takes_value,
                kind=KINDS.get(action.dest, NOTHING) if takes_value else NOTHING,
                choices=choices,
                nargs=action.nargs,
            )
        )
    return found


def _short(text: str) -> str:
    """A help text as a one-line description: its first clause, without markup-like brackets."""
    text = text.replace("%%", "%")
    text = re.split(r"; | \(|: ", text, maxsplit=1)[0]
    return text.replace("[", "(").replace("]", ")").strip()


PROG = "chair"


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for `shell`, one of `SHELLS` (always for the `chair` command)."""
    prog = PROG
    top = arguments(parser)
    subcommands = commands(parser)
    if shell == "bash":
        return _bash(prog, top, subcommands)
    if shell == "zsh":
        return _zsh(prog, top, subcommands)
    if shell == "fish":
        return _fish(prog, top, subcommands)
    raise ValueError(f"no completion for {shell!r}")


# --------------------------------------------------------------------------- bash


def _bash(prog: str, top: list[Argument], subcommands: list[Command]) -> str:
    fn = f"_{_identifier(prog)}"
    first = [c.name for c in subcommands] + [f for a in top for f in a.flags]
    arms = []
    for command in subcommands:
        options = [f for a in command.arguments for f in a.flags]
        values = []
        for argument in command.arguments:
            if argument.flags and argument.takes_value:
                value = _bash_value(argument)
                value += "" if value == "return" else "; return"
                values.append(f"            {'|'.join(argument.flags)}) {value} ;;")
        positional = next((a for a in command.arguments if not a.flags), None)
        arms.append(
            f"        {command.name})\n"
            + (
                '            case "$prev" in\n' + "\n".join(values) + "\n            esac\n"
                if values
                else ""
            )
            + f'            if [[ $cur == -* ]]; then {fn}_words "{" ".join(options)}"; return; fi\n'
            + f"            {_bash_value(positional) if positional else 'return'} ;;"
        )
    return f"""\
# bash completion for {prog}, printed by `{prog} completion bash`. Load it from ~/.bashrc:
#   eval "$({prog} completion bash)"
{fn}_words() {{ COMPREPLY=($(compgen -W "$1" -- "$cur")); }}
{fn}_files() {{
    local IFS=$'\\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X "!*.$1" -- "$cur"))
}}
{fn}_folders() {{
    local IFS=$'\\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -d -- "$cur"))
}}
{fn}_scenarios() {{
    local IFS=$'\\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -W "$("${{COMP_WORDS[0]}}" completion --ids 2>/dev/null)" -- "$cur")
               $(compgen -d -- "$cur"))
}}
{fn}() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} command= i
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${{COMP_WORDS[i]}} != -* ]]; then command=${{COMP_WORDS[i]}}; break; fi
    done
    case "$command" in
        "") {fn}_words "{" ".join(first)}" ;;
{chr(10).join(arms)}
    esac
}}
complete -F {fn} {prog}
"""


def _bash_value(argument: Argument) -> str:
    fn = "_chair"
    if argument.choices:
        return f'{fn}_words "{" ".join(argument.choices)}"'
    return {
        SCENARIO: f"{fn}_scenarios",
        YAML: f"{fn}_files yaml",
        JSON: f"{fn}_files json",
        FOLDER: f"{fn}_folders",
    }.get(argument.kind, "return")


# --------------------------------------------------------------------------- zsh


def _zsh(prog: str, top: list[Argument], subcommands: list[Command]) -> str:
    fn = f"_{_identifier(prog)}"
    described = "\n".join(f"        {_zsh_quote(f'{c.name}:{c.help}')}" for c in subcommands)
    arms = []
    for command in subcommands:
        specs = " \\\n                ".join(_zsh_spec(a) for a in command.arguments)
        arms.append(
            f"            {command.name})\n"
            f"                _arguments -s \\\n                {specs} ;;"
        )
    top_specs = " \\\n        ".join(_zsh_spec(a, exclusive=True) for a in top)
    return f"""\
#compdef {prog}
# zsh completion for {prog}, printed by `{prog} completion zsh`. Load it from ~/.zshrc, after
# compinit:  eval "$({prog} completion zsh)"  (or save it as {fn} in a folder on $fpath).
{fn}_scenarios() {{
    local -a ids
    ids=(${{(f)"$($_chair_prog completion --ids 2>/dev/null)"}})
    _alternative 'ids:scenario id:compadd -a ids' 'folders:scenario folder:_files -/'
}}
{fn}() {{
    local _chair_prog=$words[1] curcontext=$curcontext state line
    local -a commands
    commands=(
{described}
    )
    _arguments -C \\
        {top_specs} \\
        '1: :->command' \\
        '*:: :->args'
    case $state in
        command) _describe -t commands '{prog} command' commands ;;
        args)
            case $words[1] in
{chr(10).join(arms)}
            esac ;;
    esac
}}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    {fn} "$@"
else
    compdef {fn} {prog}
fi
"""


def _zsh_spec(argument: Argument, exclusive: bool = False) -> str:
    action = {
        SCENARIO: "_chair_scenarios",
        YAML: "_files -g '*.(yaml|yml)'",
        JSON: "_files -g '*.json'",
        FOLDER: "_files -/",
    }.get(argument.kind, " ")
    if argument.choices:
        action = "(" + " ".join(argument.choices) + ")"
    if not argument.flags:
        repeat = {"?": "::", "*": "*:", "+": "*:"}.get(str(argument.nargs), ":")
        return _zsh_quote(f"{repeat}{argument.name}:{action}")
    value = f":{argument.name}:{action}" if argument.takes_value else ""
    description = f"[{argument.help.replace(']', ')')}]"
    if exclusive:
        return _zsh_quote("(- *)") + _zsh_flags(argument.flags) + _zsh_quote(description + value)
    if len(argument.flags) == 1:
        return _zsh_quote(argument.flags[0] + description + value)
    return (
        _zsh_quote(f"({' '.join(argument.flags)})")
        + _zsh_flags(argument.flags)
        + _zsh_quote(description + value)
    )


def _zsh_flags(flags: tuple[str, ...]) -> str:
    return flags[0] if len(flags) == 1 else "{" + ",".join(flags) + "}"


def _zsh_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


# --------------------------------------------------------------------------- fish


def _fish(prog: str, top: list[Argument], subcommands: list[Command]) -> str:
    lines = [
        f"# fish completion for {prog}, printed by `{prog} completion fish`. Install it with",
        f"#   {prog} completion fish > ~/.config/fish/completions/{prog}.fish",
        f"complete -c {prog} -f",
    ]
    at_top = "__fish_use_subcommand"
    for argument in top:
        lines.append(_fish_line(prog, at_top, argument))
    for command in subcommands:
        lines.append(
            f"complete -c {prog} -n {at_top} -a {command.name} -d {_fish_quote(command.help)}"
        )
    for command in subcommands:
        inside = _fish_quote(f"__fish_seen_subcommand_from {command.name}")
        for argument in command.arguments:
            lines.append(_fish_line(prog, inside, argument))
    return "\n".join(lines) + "\n"


def _fish_line(prog: str, condition: str, argument: Argument) -> str:
    parts = [f"complete -c {prog} -n {condition}"]
    for flag in argument.flags:
        parts.append(f"-s {flag[1:]}" if not flag.startswith("--") else f"-l {flag[2:]}")
    if argument.takes_value:
        values = {
            SCENARIO: f"({prog} completion --ids 2>/dev/null; __fish_complete_directories)",
            YAML: "(__fish_complete_suffix .yaml; __fish_complete_suffix .yml)",
            JSON: "(__fish_complete_suffix .json)",
            FOLDER: "(__fish_complete_directories)",
        }.get(argument.kind, "")
        if argument.choices:
            values = " ".join(argument.choices)
        if argument.flags:
            parts.append("-x")
        if values:
            parts.append(f"-a {_fish_quote(values)}")
    description = argument.help if argument.flags else argument.name  # a value, not an option
    if description:
        parts.append(f"-d {_fish_quote(description)}")
    return " ".join(parts)


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _identifier(prog: str) -> str:
    return re.sub(r"\W", "_", prog)
