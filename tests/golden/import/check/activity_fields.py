# Independent reading of activity forms: field = the source lines between one
# form label and the next (label positions read by hand with grep), compared
# with the golden file after an independent normaliser.
# Usage (from the repository root):
#   /usr/bin/python3 tests/golden/import/check/activity_fields.py tests/golden/import/fredericia.expected.json
# Written for the independent check of 2026-12-02 (docs/import-quality.md):
# the line ranges below were read off the source by hand, not from the
# importer, and the normaliser is this file's own.
import json,re,sys,html,os
HERE=os.path.dirname(os.path.abspath(__file__))
SRC=open(os.path.join(HERE,'..','plans','fredericia-2023-helhedsplan.txt'),encoding='utf-8').read().split('\n')
def L(n): return SRC[n-1]
def norm(t):
    t=html.unescape(re.sub(r'<[^>]+>',' ',t)); t=t.replace('**',' ').replace('*',' ').replace('•',' ')
    t=re.sub(r'(^|\s)-(?=\s|$)',' ',t); t=re.sub(r'\s+',' ',t).strip().lower(); return t
def rng(a,b,first=None):
    parts=[] if first is None else [first]
    parts+= [L(i) for i in range(a,b+1)]
    return norm('\n'.join(parts))
LABELS={'Aktivitetsnavn:':'name','Formål:':'purpose','Formål:**Formål**':'purpose','**Formål:**':'purpose','Målgruppe(r):':'target_groups','Indhold og praksis:':'content','**Indhold og praksis:**':'content','Aktører der inddrages i indsatsen:':'actors','Ansvars- og rollefordeling:':'responsibilities'}
# (sub, act, [(field, start_line_of_label, inline_remainder_or_None)], end_line)
FORMS=[(0,0,[('name',880,''),('purpose',884,''),('target_groups',890,None),('content',899,None),('actors',918,None),('responsibilities',926,None)],961),
 (0,1,[('name',962,None),('purpose',966,''),('target_groups',978,None),('content',986,None),('responsibilities',1013,None)],1042),
 (0,2,[('name',1043,None),('purpose',1047,''),('target_groups',1053,None),('content',1072,None),('responsibilities',1100,None)],1139),
 (0,3,[('name',1140,None),('purpose',1144,''),('target_groups',1151,None),('content',1161,None),('responsibilities',1191,None)],1222),
 (1,0,[('name',1297,None),('purpose',1299,None),('target_groups',1301,None),('content',1313,None),('responsibilities',1361,None)],1401),
 (1,1,[('name',1402,None),('purpose',1406,None),('target_groups',1416,None),('content',1425,None),('responsibilities',1497,None)],1522),
 (2,0,[('name',1610,None),('purpose',1612,None),('target_groups',1614,None),('content',1623,None),('responsibilities',1652,None)],1670),
 (2,1,[('name',1671,None),('purpose',1675,None),('target_groups',1686,None),('content',1692,None),('responsibilities',1727,None)],1741),
 (2,2,[('name',1742,None),('purpose',1746,None),('target_groups',1753,None),('content',1757,None),('responsibilities',1773,'Områdesekretariatet:')],1784),
 (2,3,[('name',1785,None),('purpose',1789,None),('target_groups',1799,None),('content',1803,None),('responsibilities',1831,'Områdesekretariatet:')],1843),
 (3,0,[('name',1924,None),('purpose',1928,''),('target_groups',1944,None),('content',1954,None),('responsibilities',1980,None)],1997),
 (3,1,[('name',1998,None),('purpose',2002,''),('target_groups',2014,None),('content',2031,None),('responsibilities',2072,'Områdesekretariatet')],2095),
 (3,2,[('name',2098,'Vejledningsbutikken'),('purpose',2098,''),('target_groups',2113,None),('content',2119,None),('responsibilities',2131,'Områdesekretariat:')],2149),
 (3,3,[('name',2150,'Økonomisk vejledning til forebyggelse af udsættelser'),('purpose',2150,''),('target_groups',2164,None),('content',2168,None),('responsibilities',2176,'Områdesekretariat:')],2194),
]
g=json.load(open(sys.argv[1]))
agree=dis=0
for s,a,fields,end in FORMS:
    act=g['sub_agreements'][s]['activities'][a]
    for i,(f,start,inline) in enumerate(fields):
        nxt = fields[i+1][1]-1 if i+1<len(fields) else end
        if f=='name' and inline: want=norm(inline)
        elif f=='purpose' and start==fields[0][1]: want=rng(start+1,nxt)
        else: want=rng(start+1,nxt, inline if inline else None)
        got=norm(act.get(f,''))
        if want==got: agree+=1
        else:
            dis+=1
            import difflib
            sm=difflib.SequenceMatcher(None,want,got)
            print(f"DIS sub{s}.act{a}.{f} (lines {start}-{nxt})")
            for op,i1,i2,j1,j2 in sm.get_opcodes():
                if op!='equal': print(f"   {op}: want[{want[max(0,i1-30):i2+10]!r}] got[{got[max(0,j1-30):j2+10]!r}]")
print('agree',agree,'disagree',dis)
