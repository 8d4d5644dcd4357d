#!/usr/bin/env python3
"""The rules of the house, read from every #include "..." of src/core and src/gui. It fails when
- a folder of src/core includes a folder above its own layer (so no circle between folders is possible);
- two units include each other in a circle, in one folder or across (a unit is X.h with X.cpp);
- src/core/web/ includes of src/core/service/ more than the front (ExportFront.h) and the values it hands out,
  or includes cleanup/, storage/, or an engine header of exports/ (only its value headers);
- src/gui/ includes an engine header of exports/ (its stores included: the window deletes and compares
  through the front), what stands behind the front (service, runner, scheduler, index, journal), restore/ or
  cleanup/ (a write to TestOps is driven through the front: TestOpsWrite, CleanupBoard);
- a TestOps path ("/api/...") is written anywhere but src/core/testops/TestOpsApi.* and TestOpsPaths.h (web/
  serves its own /api/);
- a file holds more than 500 lines (split it by what its parts are: a class, a room's words, its errors).
Run it from anywhere: python3 tests/architecture/check_layers.py [--root DIR] (DIR: a copy of the project, as
tests/architecture/test_check_layers.py makes to prove that each rule fails when broken)."""
import argparse
import pathlib
import re
import sys

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument('--root', type=pathlib.Path, default=pathlib.Path(__file__).resolve().parents[2])
root = parser.parse_args().root.resolve()
core = root / 'src' / 'core'
gui = root / 'src' / 'gui'
# Lowest first; a folder may include its own layer and those below it.
layers = [['log'], ['config', 'schedule', 'csv', 'net'], ['testops', 'storage', 'cluster'], ['exports', 'cleanup', 'restore', 'snapshots'], ['service'], ['web'], ['app']]
rank = {folder: i for i, layer in enumerate(layers) for folder in layer}
behind_front = {'service/ExportService.h', 'exports/ExportRunner.h', 'schedule/Scheduler.h', 'exports/ExportIndex.h',
                'exports/History.h', 'exports/GroupExport.h', 'exports/JournalCompaction.h', 'testops/TestOpsClient.h',
                'service/RestoreWrites.h'}
# What the GUI never includes: the sessions that write to TestOps; the front hands them out as values
# (service/TestOpsWrite.h, service/CleanupBoard.h).
gui_never = ('restore', 'cleanup')
# What web/ may see of service/: the front and the plain values it hands out.
front_values = {'ExportFront.h', 'CleanupView.h', 'RemoteRead.h', 'StatusSummary.h', 'SnapshotFront.h', 'SnapshotWords.h'}
# What a view may hold of exports/: values that read nothing and write nothing.
export_values = {'ExportFile.h', 'ExportEntry.h', 'GroupStatus.h', 'ChangeDetails.h'}
max_lines = 500
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)

problems = []
edges = {}  # folder -> folders it includes
units = {}  # unit ("exports/ExportFile", "gui/MainWindow") -> units it includes


def unit_of(path):
    return str(path.relative_to(core if core in path.parents else gui.parent).with_suffix(''))


def sources(folder):
    return sorted(p for p in folder.rglob('*') if p.suffix in ('.h', '.cpp'))


all_units = {unit_of(path) for path in sources(core) + sources(gui)}
for path in sources(core) + sources(gui):
    text = path.read_text(encoding='utf-8')
    where = path.relative_to(root)
    in_gui = gui in path.parents
    folder = 'gui' if in_gui else path.relative_to(core).parts[0]
    if not in_gui and folder not in rank:
        problems.append(f'{where}: folder {folder}/ has no layer in {__file__}')
        continue
    unit = unit_of(path)
    lines = text.count('\n')
    if lines > max_lines:
        problems.append(f'{where}: {lines} lines, more than {max_lines}: split it by what its parts are')
    for written in include.findall(text):
        target_path = path.parent / written if (path.parent / written).exists() else core / written
        if target_path.exists():
            target_unit = unit_of(target_path.resolve())
            if target_unit != unit:
                units.setdefault(unit, set()).add(target_unit)
        if '/' not in written:
            continue
        target, name = written.split('/', 1)
        if target not in rank:
            continue
        if in_gui:
            if written in behind_front and not (path.name in ('SettingsDialog.cpp', 'WelcomeWizard.cpp')
                                                and name == 'TestOpsClient.h'):
                # The settings dialog and the welcome test a connection as typed, before it is saved and a
                # front exists for it: only they may make a TestOpsClient.
                problems.append(f'{where}: the GUI includes {written}, which stands behind the front')
            elif target in gui_never:
                problems.append(f'{where}: the GUI includes {written}: {target}/ writes to TestOps, and a view '
                                f'drives it through the front (service/TestOpsWrite.h, service/CleanupBoard.h)')
            elif target == 'exports' and name not in export_values:
                problems.append(f'{where}: the GUI includes {written}, an engine header of exports/ '
                                f'(only {", ".join(sorted(export_values))}; the rest goes through the front)')
            continue
        edges.setdefault(folder, set()).add(target)
        if rank[target] > rank[folder]:
            problems.append(f'{where}: includes {written}, a layer above {folder}/')
        if folder != 'web':
            continue
        if target == 'service' and name not in front_values:
            problems.append(f'{where}: web/ sees only the front and the values it hands out, not {written}')
        elif written in behind_front:
            problems.append(f'{where}: web/ includes {written}, which stands behind the front')
        elif target in ('cleanup', 'storage'):
            problems.append(f'{where}: web/ includes {written}: {target}/ is reached through the front')
        elif target == 'exports' and name not in export_values:
            problems.append(f'{where}: web/ includes {written}, an engine header of exports/')
    # web/ serves our own /api/; every other "/api/" is a path of TestOps.
    if not in_gui and folder != 'web' and not path.name.startswith(('TestOpsApi.', 'TestOpsPaths.')) \
            and re.search(r'"/api/', text):
        problems.append(f'{where}: a TestOps path outside testops/TestOpsApi.cpp and TestOpsPaths.h')


def circles(graph):
    """The strongly connected parts of more than one unit (Tarjan's algorithm, without recursion)."""
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], [0]
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                part = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.append(member)
                    if member == node:
                        break
                if len(part) > 1:
                    found.append(sorted(part))
    return found


for part in circles(units):
    problems.append('an include circle: ' + ' -> '.join(part) + f' -> {part[0]} (each includes the next)')

for folder in sorted(edges):
    print(f'{folder:8} -> {" ".join(sorted(edges[folder] - {folder})) or "-"}')
if problems:
    print('\n'.join(problems))
    sys.exit(1)
print('layers: ' + ' < '.join('/'.join(layer) for layer in layers) + ': no include goes up, '
      f'no circle among {len(all_units)} units, web/ and the GUI see only the front and values, '
      f'no file over {max_lines} lines')
