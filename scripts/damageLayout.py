#!/usr/bin/env python3
"""Makes the damaged-layout fixtures of test/fixtures/goroutines/layout from a Go-generated dump
(test/fixtures/goroutines/demo_panic.txt, scripts/go/goroutinegen): the same dump as a terminal UI
box shows it, as a narrow terminal wraps it, as a staircase paste and a double-spaced stack.
Run from the repository root: python3 scripts/damageLayout.py"""
import os

SOURCE = 'test/fixtures/goroutines/demo_panic.txt'
OUT = 'test/fixtures/goroutines/layout'
lines = open(SOURCE).read().rstrip('\n').split('\n')
os.makedirs(OUT, exist_ok=True)


def write(name, out):
    with open(os.path.join(OUT, name), 'w') as f:
        f.write('\n'.join(out) + '\n')


# A box as k9s / lazydocker draw it: rounded corners, `│` at both ends, padded to the box's width.
width = max(len(l.expandtabs(8)) for l in lines) + 2
write('box_rounded.txt', ['╭' + '─' * (width + 2) + '╮'] + ['│ ' + l.expandtabs(8).ljust(width) + ' │' for l in lines] + ['╰' + '─' * (width + 2) + '╯'])
# A double-lined box, and an ASCII table's cells.
write('box_double.txt', ['╔' + '═' * (width + 2) + '╗'] + ['║ ' + l.expandtabs(8).ljust(width) + ' ║' for l in lines] + ['╚' + '═' * (width + 2) + '╝'])
write('box_ascii.txt', ['+' + '-' * (width + 2) + '+'] + ['| ' + l.expandtabs(8).ljust(width) + ' |' for l in lines] + ['+' + '-' * (width + 2) + '+'])
# A tmux pane's left border alone (the pane on the right of a split).
write('pane_left_border.txt', ['┃ ' + l for l in lines])

# A 60-column terminal: every line longer than that goes on at the next line's start.
wrapped = []
for l in lines:
    e = l.expandtabs(8)
    if l.startswith('\t'):
        while len(e) > 60:
            wrapped.append(e[:60])
            e = e[60:]
    wrapped.append(e)
write('wrapped_locations_60.txt', wrapped)

# A staircase: a copy that lost its carriage returns, each line starting where the one before ended.
column = 0
stair = []
for l in lines[:60]:
    stair.append(' ' * column + l)
    column += len(l.expandtabs(8))
write('staircase.txt', stair)
