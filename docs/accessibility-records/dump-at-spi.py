import sys, time, pyatspi

def find_doc(app, want=None):
    stack = [app]
    found = None
    while stack:
        n = stack.pop()
        try:
            if n.getRole() == pyatspi.ROLE_DOCUMENT_WEB:
                if want is None or (n.name and want in n.name):
                    return n
                continue
            stack.extend(n[i] for i in range(n.childCount))
        except Exception:
            pass
    return found

def attrs(n):
    try:
        return dict(a.split(':', 1) for a in n.getAttributes() if ':' in a)
    except Exception:
        return {}

def dump(n, depth, out):
    try:
        role = n.getRoleName()
        name = n.name or ''
        text = ''
        try:
            t = n.queryText()
            text = t.getText(0, -1)
        except Exception:
            pass
        a = attrs(n)
        live = a.get('container-live', a.get('live', ''))
        states = n.getState()
        extra = []
        if states.contains(pyatspi.STATE_FOCUSABLE): extra.append('focusable')
        if states.contains(pyatspi.STATE_CHECKED): extra.append('checked')
        if live: extra.append('live=' + live)
        label = name or (text.replace('\ufffc', '').strip()[:80] if role in ('paragraph', 'heading', 'label', 'list item', 'static', 'section', 'link', 'push button', 'radio button', 'entry') else '')
        if role not in ('section',) or label or live:
            out.append('  ' * depth + f"{role}: {label!s}" + (f" [{', '.join(extra)}]" if extra else '') + (f" level={a.get('level')}" if a.get('level') else ''))
        for i in range(n.childCount):
            dump(n[i], depth + 1, out)
    except Exception as e:
        out.append('  ' * depth + f'(error {e})')

desktop = pyatspi.Registry.getDesktop(0)
for attempt in range(60):
    apps = [desktop[i] for i in range(desktop.childCount) if desktop[i] is not None]
    ff = [a for a in apps if a.name and 'irefox' in a.name]
    if ff:
        doc = find_doc(ff[0], sys.argv[1])
        if doc is not None and doc.name and sys.argv[1] in doc.name:
            out = []
            dump(doc, 0, out)
            print('\n'.join(out))
            sys.exit(0)
    time.sleep(1)
print('no document found', [a.name for a in apps])
for a in apps:
    print(a.name, a.childCount)
    d = find_doc(a)
    print('doc', d and d.name)
    for i in range(min(a.childCount, 5)):
        w = a[i]
        print(' ', w.getRoleName(), w.name, w.childCount)
