#!/usr/bin/env python3
"""What the Docker image's apt step adds to debian:12-slim, without a Docker engine: the package itself plus the
closure of its Depends (and curl, ca-certificates, as the Dockerfile installs them, without Recommends), less
the packages of priority required and important that the slim image already has. Sizes are Debian's
Installed-Size fields (KiB).
usage: image_size.py PACKAGE.deb [PACKAGE.deb ...]"""
import re
import subprocess
import sys

base_priorities = {'required', 'important'}
cache = {}


def show(name):
    if name not in cache:
        text = subprocess.run(['apt-cache', 'show', '--no-all-versions', name], capture_output=True, text=True).stdout
        fields = dict(re.findall(r'^([A-Za-z-]+): (.*)$', text, re.M))
        cache[name] = fields
    return cache[name]


def alternatives(depends):
    for item in filter(None, (part.strip() for part in depends.split(','))):
        yield [re.sub(r'\s*\(.*?\)|:any', '', alt).strip() for alt in item.split('|')]


def closure(depends):
    seen, todo = {}, list(alternatives(depends))
    while todo:
        choice = todo.pop()
        if any(name in seen for name in choice):
            continue
        for name in choice:
            fields = show(name)
            if fields:
                seen[name] = fields
                todo += list(alternatives(fields.get('Depends', '') + ',' + fields.get('Pre-Depends', '')))
                break
    return {name: fields for name, fields in seen.items() if fields.get('Priority') not in base_priorities}


for deb in sys.argv[1:]:
    info = lambda field: subprocess.run(['dpkg-deb', '-f', deb, field], capture_output=True, text=True).stdout.strip()
    extra = closure(info('Depends') + ', curl, ca-certificates')
    total = int(info('Installed-Size')) + sum(int(f.get('Installed-Size', 0)) for f in extra.values())
    print(f'{info("Package"):28} own {int(info("Installed-Size")):>7} KiB  + {len(extra):3} packages  = {total / 1024:7.1f} MiB')
