# What zsh would offer to complete a command line: `zsh zsh_capture.zsh 'chair pl'`.
# Completion runs only inside an interactive line editor, so this drives one in a pseudo-terminal
# (zpty), loads `chair completion zsh`, presses Tab, and prints every candidate as HIT:word.
# After the approach of zsh-capture-completion (Valodim, MIT).
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT=''"
zpty -w z 'autoload -U compinit && compinit -u -D'
zpty -w z 'eval "$(chair completion zsh)"'
zpty -w z 'bindkey "^I" complete-word'
zpty -w z 'null-line () { echo -E - $'"'"'\0'"'"' }'
zpty -w z 'compprefuncs=( null-line ); comppostfuncs=( null-line exit )'
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w z 'compadd () { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi; typeset -a __hits; builtin compadd -A __hits "$@"; (( $#__hits == 0 )) && return; print -l -- "HIT:"${^__hits}; }'
zpty -w z "$1"$'\t'
integer tog=0
while zpty -r z; do :; done | while IFS= read -r line; do
  if [[ $line == *$'\0\r' ]]; then (( tog++ )) && return 0 || continue; fi
  (( tog )) && echo -E - $line
done
return 2
