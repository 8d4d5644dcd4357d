#!/usr/bin/env python3
"""The core as layers: reads every #include "dir/..." of src/core and src/gui and fails when
- a folder of src/core includes a folder above its own layer (so no cycle is possible, service/ and web/ included),
- src/core/web/ includes anything of src/core/service/ but the front (ExportFront.h) and its values,
- src/core/web/ or src/gui/ includes what stands behind the front (service, runner, scheduler, index, journal),
- a TestOps path ("/api/...") is written anywhere but src/core/testops/TestOpsApi.* (web/ serves its own /api/).
Run it with no arguments from anywhere: python3 tests/architecture/check_layers.py"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
core = root / 'src' / 'core'
# Lowest first; a folder may include its own layer and those below it.
layers = [['log'], ['config', 'schedule', 'csv', 'net'], ['testops', 'storage', 'cluster'], ['exports', 'cleanup', 'restore'], ['service'], ['web'], ['app']]
rank = {folder: i for i, layer in enumerate(layers) for folder in layer}
behind_front = {'service/ExportService.h', 'exports/ExportRunner.h', 'schedule/Scheduler.h', 'exports/ExportIndex.h',
                'exports/History.h', 'exports/GroupExport.h', 'exports/JournalCompaction.h', 'testops/TestOpsClient.h'}
# What web/ may see of service/: the front and the plain values it hands out.
front_values = {'ExportFront.h', 'CleanupView.h', 'RemoteRead.h', 'StatusSummary.h'}
include = re.compile(r'^\s*#\s*include\s+"([a-z]+)/([^"]+)"', re.M)

problems = []
edges = {}
for path in sorted(core.rglob('*')):
    if path.suffix not in ('.h', '.cpp'):
        continue
    folder = path.relative_to(core).parts[0]
    if folder not in rank:
        problems.append(f'{path.relative_to(root)}: folder {folder}/ has no layer in {__file__}')
        continue
    text = path.read_text(encoding='utf-8')
    for target, name in include.findall(text):
        if target not in rank:
            continue
        edges.setdefault(folder, set()).add(target)
        if rank[target] > rank[folder]:
            problems.append(f'{path.relative_to(root)}: includes {target}/{name}, a layer above {folder}/')
        if folder == 'web' and target == 'service' and name not in front_values:
            problems.append(f'{path.relative_to(root)}: web/ sees only the front and the values it hands out, not service/{name}')
        if folder == 'web' and f'{target}/{name}' in behind_front:
            problems.append(f'{path.relative_to(root)}: web/ includes {target}/{name}, which stands behind the front')
    # web/ serves our own /api/; every other "/api/" is a path of TestOps.
    if folder != 'web' and not path.name.startswith('TestOpsApi.') and re.search(r'"/api/', text):
        problems.append(f'{path.relative_to(root)}: a TestOps path outside testops/TestOpsApi.cpp')

for path in sorted((root / 'src' / 'gui').glob('*')):
    if path.suffix not in ('.h', '.cpp'):
        continue
    # The settings dialog and the welcome wizard test a connection as the user typed it, before it is saved
    # and a front exists for it: only their sources may make a TestOpsClient.
    connection_testers = ('SettingsDialog.cpp', 'WelcomeWizard.cpp')
    for target, name in include.findall(path.read_text(encoding='utf-8')):
        if f'{target}/{name}' in behind_front and not (path.name in connection_testers and name == 'TestOpsClient.h'):
            problems.append(f'{path.relative_to(root)}: the GUI includes {target}/{name}, which stands behind the front')

for folder in sorted(edges):
    print(f'{folder:8} -> {" ".join(sorted(edges[folder] - {folder})) or "-"}')
if problems:
    print('\n'.join(problems))
    sys.exit(1)
print('layers: ' + ' < '.join('/'.join(layer) for layer in layers) + ': no include goes up')
