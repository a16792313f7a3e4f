# format-spec grammar and str.__format__ errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in [',', '_', ',_', '__', ',,', ',x', '_x', ',b', '_b', ',s', ',c', ',n', 'x<05', '<05',
             '05', '=5', '0=5', '\x00^5', '.', '.x', '5.2.3', 'z', '#', '+', ' ', '-', '0', '00',
             'ss', '^', '^^', '<<5', '', '.0', '#x', ',d', 'é', 'é^7', '^7.1', '>3.5', '*<4',
             '99999999999999999999', '.99999999999999999999', '10é']:
    for v in ['ab', 'héllo']:
        print(repr(spec), end=' ')
        t(lambda: format(v, spec))
print(f"{'x':>{3}}|{'abc':.{2}}|{'q':{'*'}^{5}}")
class S(str):
    pass
print(repr(format(S('sub'), '')), type(format(S('sub'), '')).__name__, repr(format(S('sub'), '>5')))
