#!/usr/bin/env python3
"""The checker of the house's rules, checked: on a copy of src/ it passes, and each forbidden include (or a
TestOps path in the wrong file, or a file grown past 500 lines) added to the copy makes it fail, naming the file
and the rule."""
import pathlib
import shutil
import subprocess
import sys
import tempfile

here = pathlib.Path(__file__).resolve().parent
project = here.parents[1]
checker = here / 'check_layers.py'

# (file of the copy, line added to it, words the failure must say)
breaks = [
    ('src/core/log/LogSink.cpp', '#include "service/ExportFront.h"', 'a layer above log/'),
    ('src/core/exports/ExportFile.cpp', '#include "ExportFileStore.h"',
     'an include circle: exports/ExportFile -> exports/ExportFileStore'),
    ('src/core/testops/ApiError.cpp', '#include "restore/RestoreSession.h"', 'a layer above testops/'),
    ('src/gui/MainWindow.cpp', '#include "exports/ExportFileStore.h"',
     'the GUI includes exports/ExportFileStore.h, an engine header of exports/'),
    ('src/gui/TrayController.cpp', '#include "service/ExportService.h"',
     'the GUI includes service/ExportService.h, which stands behind the front'),
    ('src/gui/ChangeViewRestore.cpp', '#include "restore/RestoreSession.h"',
     'the GUI includes restore/RestoreSession.h: restore/ writes to TestOps'),
    ('src/gui/CleanupDialog.cpp', '#include "cleanup/CleanupSession.h"',
     'the GUI includes cleanup/CleanupSession.h: cleanup/ writes to TestOps'),
    ('src/gui/SnapshotRestoreFlow.cpp', '#include "service/RestoreWrites.h"',
     'the GUI includes service/RestoreWrites.h, which stands behind the front'),
    ('src/core/web/WebApi.cpp', '#include "cleanup/CleanupSession.h"',
     'web/ includes cleanup/CleanupSession.h: cleanup/ is reached through the front'),
    ('src/core/web/WebServer.cpp', '#include "storage/S3Client.h"',
     'web/ includes storage/S3Client.h: storage/ is reached through the front'),
    ('src/core/web/S3Relay.cpp', '#include "exports/ExportFileStore.h"',
     'web/ includes exports/ExportFileStore.h, an engine header of exports/'),
    ('src/core/web/WebApi.cpp', '#include "service/CycleMark.h"',
     'web/ sees only the front and the values it hands out, not service/CycleMark.h'),
    ('src/core/exports/GroupExport.cpp', 'static const char *path = "/api/testcase";',
     'a TestOps path outside testops/TestOpsApi.cpp'),
    ('src/core/service/ExportFront.cpp', '// one more line\n' * 500, 'more than 500: split it'),
]


def check(root):
    return subprocess.run([sys.executable, str(checker), '--root', str(root)], capture_output=True, text=True)


failures = []
with tempfile.TemporaryDirectory() as temporary:
    copy = pathlib.Path(temporary) / 'project'
    shutil.copytree(project / 'src', copy / 'src', ignore=shutil.ignore_patterns('*.ui', '*.qrc', '*.png'))
    clean = check(copy)
    if clean.returncode != 0:
        failures.append('the copy as it is fails:\n' + clean.stdout)
    for file, line, said in breaks:
        path = copy / file
        original = path.read_text(encoding='utf-8')
        path.write_text(line + '\n' + original, encoding='utf-8')
        broken = check(copy)
        path.write_text(original, encoding='utf-8')
        named = file in broken.stdout or 'circle' in said  # a circle names its units, not the file
        if broken.returncode == 0 or said not in broken.stdout or not named:
            failures.append(f'{line.splitlines()[0]} in {file}: expected a failure saying "{said}", got '
                            f'{broken.returncode}:\n{broken.stdout}')
        else:
            print(f'ok: {line.splitlines()[0]} in {file} fails: {said}')
if failures:
    print('\n'.join(failures))
    sys.exit(1)
print(f'the checker fails on each of {len(breaks)} forbidden kinds and passes without them')
