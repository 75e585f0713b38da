# Independent dev-time transcriber for the phonetic self-check: Vietnamese orthography -> toneless broad IPA
# for Northern (n), Central (c) and Southern (s) speech, following vPhon 2.x's dialect rules (Kirby 2008-2020).
# Written separately from the C# encoder (table-driven, different parse) so that disagreements expose bugs in
# either. opt switches the uncertain rules (v_j, hw_w, uu_iu: everyday Southern speech; sx: surface s = x).
import sys, unicodedata, itertools, re
TONED = {}
rows = ["aàáảãạ","ăằắẳẵặ","âầấẩẫậ","eèéẻẽẹ","êềếểễệ","iìíỉĩị","oòóỏõọ","ôồốổỗộ","ơờớởỡợ","uùúủũụ","ưừứửữự","yỳýỷỹỵ"]
for r in rows:
    for c in r: TONED[c] = r[0]
def strip_tone(w):
    return ''.join(TONED.get(c, c) for c in w)

ONSETS = [('ngh','ŋ'),('ng','ŋ'),('nh','ɲ'),('ch','c'),('gh','ɣ'),('gi','z'),('kh','x'),('ph','f'),('qu','kw'),('th','tʰ'),('tr','ʈ'),
          ('b','ɓ'),('c','k'),('d','z'),('đ','ɗ'),('g','ɣ'),('h','h'),('k','k'),('l','l'),('m','m'),('n','n'),('p','p'),('r','r'),('s','ʂ'),('t','t'),('v','v'),('x','s')]
CODAS = [('ng','ŋ'),('nh','ɲ'),('ch','c'),('m','m'),('n','n'),('p','p'),('t','t'),('c','k')]
NUC = {'a':'aː','ă':'a','â':'ə','e':'ɛ','ê':'e','i':'i','y':'i','o':'ɔ','ô':'o','ơ':'əː','u':'u','ư':'ɨ',
       'ia':'iə','iê':'iə','yê':'iə','ya':'iə','ua':'uə','uơ':'uə','uô':'uə','ưa':'ɨə','ươ':'ɨə','oo':'ɔː','ôô':'oː'}
OFF = {'ai':('aː','j'),'ay':('a','j'),'ao':('aː','w'),'au':('a','w'),'ây':('ə','j'),'âu':('ə','w'),'eo':('ɛ','w'),'êu':('e','w'),
       'iu':('i','w'),'oi':('ɔ','j'),'ôi':('o','j'),'ơi':('əː','j'),'ui':('u','j'),'ưi':('ɨ','j'),'ưu':('ɨ','w'),'iêu':('iə','w'),
       'yêu':('iə','w'),'uôi':('uə','j'),'ươi':('ɨə','j'),'ươu':('ɨə','w')}
GLIDE = {'oa':'aː','oă':'a','oe':'ɛ','uâ':'ə','uê':'e','uy':'i','uya':'iə','uyê':'iə','ue':'ɛ','uă':'a'}
GLIDE_OFF = {'oai':('aː','j'),'oay':('a','j'),'oao':('aː','w'),'oeo':('ɛ','w'),'uây':('ə','j'),'uyu':('i','w'),'uêu':('e','w')}

def parse(word):
    w = strip_tone(unicodedata.normalize('NFC', word.lower()))
    starts_gi = w.startswith('gi')
    ons = ''
    for o, ipa in ONSETS:
        if w.startswith(o): ons, w = ipa, w[len(o):]; break
    gli = False
    if ons == 'kw':
        ons, gli = 'k', True
    if ons == 'z' and starts_gi and (w == '' or w[0] not in 'aăâeêioôơuưy' or w[0] == 'ê'):
        w = 'i' + w
    cod = ''
    for c, ipa in CODAS:
        if w.endswith(c) and len(w) > len(c): cod, w = ipa, w[:-len(c)]; break
    if gli:
        # after qu the vowel letters are the nucleus (with off-glide)
        if w in NUC and w not in ('ua','ia') : nuc = NUC[w]
        elif not cod and w in OFF: nuc, cod = OFF[w]
        else: return None
        return ons, gli, nuc, cod
    if w in NUC and not (w in ('ia','ua','ưa','ya','uơ') and cod) and not (w in ('iê','uô','ươ','yê') and not cod):
        return ons, gli, NUC[w], cod
    if w in GLIDE and not (w=='uya' and cod):
        return ons, True, GLIDE[w], cod
    if not cod and w in GLIDE_OFF:
        n, c = GLIDE_OFF[w]; return ons, True, n, c
    if not cod and w in OFF:
        n, c = OFF[w]; return ons, False, n, c
    return None

def north(p, opt):
    ons, gli, nuc, cod = p
    ons = {'r':'z','ʂ':'s','ʈ':'c'}.get(ons, ons)
    if nuc == 'i': cod = {'ŋ':'ɲ','k':'c'}.get(cod, cod)
    return (ons, gli, nuc, cod)

def south(p, opt, central=False):
    ons, gli, nuc, cod = p
    if ons == 'z': ons = 'j'
    if ons == 'v' and opt.get('v_j', False) and not central: ons = 'j'
    if ons == 'k' and gli: ons = ''
    if ons == 'h' and gli and opt.get('hw_w', False) and not central: ons = ''
    if ons == 'ʂ' and opt.get('sx', True): ons = 's'
    if ons == 'ʈ' and opt.get('chtr', False): ons = 'c'
    if ons == 'r' and opt.get('r_g', False): ons = 'ɣ'
    if nuc == 'aː' and cod in ('ɲ','c'): nuc = 'ɛ'
    if cod and nuc in ('iə','uə','ɨə'): nuc = nuc[0] + 'ː'
    if cod in ('ŋ','k'):
        if nuc == 'ɛ': nuc = 'ɛː'
        elif nuc == 'e': nuc = 'eː'
        elif nuc == 'o' and opt.get('o_merge', True): nuc = 'ɔ'
    if cod in ('n','t') and nuc == 'o' and opt.get('on_merge', False):
        nuc = 'ɔ'; cod = 'ŋ' if cod == 'n' else 'k'
    if cod in ('n','t'):
        if nuc == 'ɔ': nuc = 'ɔː'
        if nuc == 'ɛ': nuc = 'ɛː'
        if len(nuc) == 2 and nuc[1] == 'ː' or nuc in ('ɨ','ə','a','u','o'): cod = 'ŋ' if cod == 'n' else 'k'
    if nuc in ('i','e','ɛ') and cod in ('ŋ','k'): cod = 'n' if cod == 'ŋ' else 't'
    cod = {'ɲ':'n','c':'t'}.get(cod, cod)
    if cod in ('n','t'):
        nuc = {'i':'ɨ','ɛ':'a','e':'əː'}.get(nuc, nuc)
    if nuc == 'u' and cod in ('m','p') and opt.get('u_lab', True): nuc = 'ɨ'
    if nuc == 'e': nuc = 'eː'
    if nuc == 'ɛ': nuc = 'ɛː'
    if nuc in ('o','ɔ') and cod not in ('ŋ','k'): nuc += 'ː'
    if nuc == 'ɨ' and cod == 'w' and opt.get('uu_iu', False) and not central: nuc = 'i'
    if opt.get('len_merge', False) and cod in ('w','j','m','p'):
        nuc = {'iː':'i','uː':'u','ɨː':'ɨ'}.get(nuc, nuc)
    return (ons, gli, nuc, cod)

def transcribe(word, opt):
    p = parse(word)
    if p is None: return None
    out = {'n': north(p, opt), 's': south(p, opt)}
    if opt.get('central', True): out['c'] = south(p, opt, central=True)
    return {k: ''.join([v[0], 'w' if v[1] else '', v[2], v[3]]) for k, v in out.items()}

if __name__ == '__main__':
    # usage: python3 reference_ipa.py < syllables.txt | gzip -9 > reference-ipa.tsv.gz
    for line in sys.stdin:
        w = line.strip()
        t = transcribe(w, {}) if w else None
        if t: print(f"{w}\t{t['n']}\t{t['c']}\t{t['s']}")
