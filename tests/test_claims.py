"""Claims: speakers, content spans, relays and stance on composed passages."""

import csv
from pathlib import Path

import pytest

import marsad

TESTSET = Path(__file__).parent / "data" / "claims_testset.tsv"


@pytest.fixture(scope="module")
def claims_nlp():
    return marsad.load(skip=["places", "events", "contradictions"])


def load_testset() -> list[dict[str, str]]:
    with TESTSET.open(encoding="utf-8") as handle:
        return list(
            csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        )


def last_claim(nlp, passage):
    doc = nlp(passage, published="2024-03-04")
    assert doc.claims, f"no claim in {passage}"
    return doc.claims[-1], doc


def test_testset_scores(claims_nlp):
    rows = load_testset()
    assert len(rows) >= 40
    speaker_ok = content_ok = 0
    misses = []
    for row in rows:
        doc = claims_nlp(row["passage"], published="2024-03-04")
        claim = doc.claims[-1] if doc.claims else None
        country = None if row["country"] == "-" else row["country"]
        speaker_good = claim is not None and (
            (row["speaker"] == "-" or claim.speaker.text == row["speaker"])
            and claim.speaker.country == country
        )
        content = doc.text[claim.content.start : claim.content.end] if claim else None
        speaker_ok += speaker_good
        content_ok += content == row["content"]
        if not speaker_good or content != row["content"]:
            misses.append((row["passage"][:40], claim.speaker.text if claim else None, content))
    assert speaker_ok / len(rows) >= 0.90, misses
    assert content_ok / len(rows) >= 0.85, misses


def test_relay_chain(claims_nlp):
    claim, doc = last_claim(
        claims_nlp,
        "قالت وزارة الداخلية العراقية إن انفجاراً وقع في بغداد، وفق ما نقلته وكالة الأنباء الفرنسية.",
    )
    assert [(r.text, r.country) for r in claim.relayed_by] == [("وكالة الأنباء الفرنسية", "FRA")]
    assert doc.text[claim.content.start : claim.content.end] == "انفجاراً وقع في بغداد"


def test_a_threat_passed_on_by_an_agency_is_one_claim(claims_nlp):
    doc = claims_nlp(
        'توعد قائد الحرس الثوري العميد حسين سلامي بـ"رد حازم" على أي خطوة، وفق ما نقلته وكالة '
        "تسنيم للأنباء.",
        published="2024-03-04",
    )
    assert [(c.speaker.country, [r.text for r in c.relayed_by]) for c in doc.claims] == [
        ("IRN", ["وكالة تسنيم للأنباء"])
    ]
    # without a speaker before it, the agency's report is a claim of its own
    doc = claims_nlp(
        "وقع انفجار في مستودع للأسلحة، وفق ما نقلته وكالة تسنيم.", published="2024-03-04"
    )
    assert [c.speaker.text for c in doc.claims] == ["وكالة تسنيم"]


def test_an_office_in_a_body_then_its_holder_speaks(claims_nlp):
    doc = claims_nlp(
        "توعد قائد القوة الجوفضائية في الحرس الثوري العميد أمير علي حاجي زاده بالرد.",
        published="2024-03-04",
    )
    assert [c.speaker.text for c in doc.claims] == ["أمير علي حاجي زاده"]
    # an entity after a preposition with no office before it is inside the words
    doc = claims_nlp("أكدت وقوع خسائر في صفوف الحرس الثوري الإيراني.", published="2024-03-04")
    assert all(c.speaker.text != "الحرس الثوري الإيراني" for c in doc.claims)


def test_said_during_the_call_is_the_callers(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "أجرى الرئيس الأمريكي جو بايدن اتصالاً هاتفياً بنتنياهو، أكد خلاله دعمه القوي لإسرائيل.",
    )
    assert (claim.speaker.text, claim.speaker.country) == ("جو بايدن", "USA")
    # a speaker named after "خلاله" speaks
    claim, _ = last_claim(
        claims_nlp,
        "تلقى الرئيس المصري اتصالاً هاتفياً من الرئيس التركي، أكد خلاله الرئيس التركي دعم بلاده.",
    )
    assert claim.speaker.country == "TUR"


def test_a_text_cut_after_its_verb_of_saying(claims_nlp):
    doc = claims_nlp("إذ ندّد رئيس مجلس الأمة بما وصفه", published="2024-03-04")
    assert all(c.cue.end <= len(doc.text) for c in doc.claims)


def test_the_subject_before_an_accusation_speaks(claims_nlp):
    claim, _ = last_claim(
        claims_nlp, "غير أن إذاعة الأندلس اتهمت الطائرات الأمريكية بقتل رعاة في قرى المنطقة."
    )
    assert claim.speaker.text == "إذاعة الأندلس"
    # after a comma the verb opens a new clause: its subject follows
    claim, _ = last_claim(
        claims_nlp,
        "وعلى الصعيد الدبلوماسي، دعا المبعوث الأمريكي الخاص إلى اليمن الحوثيين إلى التهدئة.",
    )
    assert claim.speaker.country == "USA"


def test_a_second_speaker_after_fima_and_each_of(claims_nlp):
    doc = claims_nlp(
        "وأعربت جامعة الدول العربية عن إدانتها للقصف، فيما أعلنت كل من السعودية ومصر والأردن،"
        " في بيانات منفصلة، تضامنها مع العراق.",
        published="2024-03-04",
    )
    assert [c.speaker.text for c in doc.claims] == ["جامعة الدول العربية", "السعودية"]
    second = doc.claims[1]
    assert doc.text[second.content.start : second.content.end].startswith("في بيانات منفصلة")
    doc = claims_nlp(
        "قال الوزير إن الحدود مغلقة، في حين أكدت وزارة الخارجية الإيرانية أن المعابر مفتوحة.",
        published="2024-03-04",
    )
    assert len(doc.claims) == 2


def test_according_to_a_statement_issued_or_unnamed_sources(claims_nlp):
    claim, _ = last_claim(
        claims_nlp, "وبحث الوزيران سبل احتواء التوتر، بحسب بيان صادر عن الخارجية العراقية."
    )
    assert (claim.speaker.text, claim.speaker.country) == ("الخارجية العراقية", "IRQ")
    claim, _ = last_claim(claims_nlp, "وقصفت الطائرات القرية، بحسب مصادر محلية.")
    assert claim.speaker.text == "مصادر محلية"
    # an estimate is no source
    doc = claims_nlp("وارتفع عدد القتلى إلى 20، بحسب التقديرات.", published="2024-03-04")
    assert doc.claims == []


def test_the_subject_before_a_verb_said_to_an_agency(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "غير أن مسؤولاً عسكرياً أمريكياً أكد لوكالة أسوشيتد برس، طالباً عدم الكشف عن هويته، أن"
        " الأهداف اختيرت بعناية.",
    )
    assert claim.speaker.country == "USA" and "وكالة" not in claim.speaker.text
    assert [r.text for r in claim.relayed_by] == ["وكالة أسوشيتد برس"]


def test_international_speakers_speak_for_no_country(claims_nlp):
    doc = claims_nlp(
        "قصفت قوات الدعم السريع مدينة الفاشر في السودان. وأعرب الأمين العام للأمم المتحدة أنطونيو"
        " غوتيريش عن صدمته إزاء التقارير عن مقتل مدنيين.",
        published="2024-03-04",
    )
    claim = next(c for c in doc.claims if "غوتيريش" in c.speaker.text)
    assert claim.speaker.country is None


def test_the_agency_in_an_aside_with_anonymity_and_platforms(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "غير أن مسؤولاً سعودياً نفى، في تصريح لوكالة فرانس برس طالباً عدم الكشف عن هويته، أن"
        " تكون المملكة قد قدمت أي التزام.",
    )
    assert [r.text for r in claim.relayed_by] == ["وكالة فرانس برس"]
    assert claim.stance == "deny"
    claim, doc = last_claim(
        claims_nlp,
        'وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي، في منشور على منصة "إكس"، إن الطائرات'
        " أغارت على مقرات.",
    )
    assert [r.text for r in claim.relayed_by] == ['منصة "إكس"']
    assert len(doc.claims) == 1


def test_source_relay_with_an_unnamed_speaker(claims_nlp):
    claim, _ = last_claim(claims_nlp, "نقلت وكالة رويترز عن مسؤول أمريكي قوله إن المحادثات تعثرت.")
    assert claim.speaker.text == "مسؤول أمريكي"
    assert [r.text for r in claim.relayed_by] == ["وكالة رويترز"]


def test_denial_stance(claims_nlp):
    claim, _ = last_claim(claims_nlp, "نفت موسكو أن تكون طائراتها قد دخلت الأجواء البولندية.")
    assert claim.stance == "deny" and claim.speaker.country == "RUS"


def test_dropped_subject_takes_the_last_speaker_of_the_same_gender(claims_nlp):
    doc = claims_nlp(
        "قالت وزارة الخارجية القطرية إن الوساطة مستمرة. وقال وزير الخارجية المصري سامح شكري إن القاهرة تدعمها. "
        "وأوضحت أن الطرفين أبديا مرونة. وأضاف أن الاتصالات مستمرة.",
        published="2024-03-04",
    )
    speakers = [c.speaker.text for c in doc.claims]
    assert speakers == [
        "وزارة الخارجية القطرية",
        "سامح شكري",
        "وزارة الخارجية القطرية",
        "سامح شكري",
    ]


def test_participle_sentence_continues_the_claim(claims_nlp):
    doc = claims_nlp(
        "وقالت وزارة الدفاع السودانية إن قواتها استعادت المدينة. محمّلةً قوات الدعم السريع مسؤولية الدمار.",
        published="2024-03-04",
    )
    assert len(doc.claims) == 2
    assert doc.claims[1].speaker.text == "وزارة الدفاع السودانية"
    assert doc.text[doc.claims[1].content.start : doc.claims[1].content.end].startswith("محمّلةً")


def test_sentence_without_attribution_has_no_claim(claims_nlp):
    doc = claims_nlp("قصفت الطائرات مواقع في ريف إدلب صباح اليوم.", published="2024-03-04")
    assert doc.claims == []


def test_nested_relays_innermost_first(claims_nlp):
    claim, _ = last_claim(
        claims_nlp, "نقلت وكالة الأناضول عن وكالة إرنا عن مسؤول إيراني قوله إن المحادثات ستستأنف."
    )
    assert (claim.speaker.text, claim.speaker.country) == ("مسؤول إيراني", "IRN")
    assert [r.text for r in claim.relayed_by] == ["وكالة إرنا", "وكالة الأناضول"]


def test_framing_in_the_outlets_own_voice_only():
    doc = marsad.load()(
        "تمكن الجيش من تحرير البلدة بعد اشتباكات عنيفة. "
        'وقالت المعارضة إن "احتلال البلدة تم بعد اشتباكات دامية".',
        published="2024-03-04",
    )
    own, quoted = (e for e in doc.events if e.type == "ASSAULT")
    assert any(note.startswith("تحرير") for note in own.framing)
    assert quoted.claim is not None and quoted.framing == []


def test_mid_sentence_cue_takes_the_sentence_subject(claims_nlp):
    doc = claims_nlp(
        "قالت وزارة الدفاع الهندية إن الوضع هادئ. واتهم الجيش الباكستاني القوات الهندية بخرق الهدنة، وقال إن قصفاً طال قرى حدودية.",
        published="2024-03-04",
    )
    assert doc.claims[-1].speaker.text == "الجيش الباكستاني"


def test_a_spokesperson_after_a_long_title_speaks(claims_nlp):
    # the name ends past the subject window of the cue; "باسم" does not put it in the content
    claim, _ = last_claim(
        claims_nlp,
        "وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن طهران ترفض الاتهامات.",
    )
    assert (claim.speaker.text, claim.speaker.country) == ("ناصر كنعاني", "IRN")
    # the person named right after the organisation speaks for it
    claim, _ = last_claim(
        claims_nlp, "قال المتحدث العسكري باسم الحوثيين يحيى سريع إن العملية استهدفت قاعدة جوية."
    )
    assert (claim.speaker.text, claim.speaker.country) == ("يحيى سريع", "YEM")
    # a preposition still puts an entity in the content: no speaker "القوات الأذربيجانية"
    doc = claims_nlp("أكدت وقوع خسائر في صفوف القوات الأذربيجانية.")
    assert all(c.speaker.country != "AZE" for c in doc.claims)


def test_a_speech_act_is_a_claim_that_ends_with_its_clause(claims_nlp):
    doc = claims_nlp(
        'وأدانت وزارة الخارجية الأردنية "الاعتداء السافر على المصلين"، مطالبة إسرائيل بوقف '
        "الانتهاكات.",
        published="2024-03-04",
    )
    # the condemnation and the demand that goes on from it after the comma
    assert [(c.speaker.country, c.stance) for c in doc.claims] == [("JOR", "assert")] * 2
    # a condemnation's words end at the comma: the claim of the other side after it is its own
    doc = claims_nlp(
        'أدان باشنيان ما وصفه بـ"عدوان" أذربيجان، في الوقت الذي أكدت فيه باكو أن أرمينيا '
        "تتحمل مسؤولية بدء الاشتباكات.",
        published="2024-03-04",
    )
    assert [(c.speaker.country, doc.text[c.cue.start : c.cue.end]) for c in doc.claims] == [
        ("ARM", "أدان"),
        ("AZE", "أكدت"),
    ]
    assert doc.text[doc.claims[0].content.start : doc.claims[0].content.end].endswith("أذربيجان")
    # a verb of saying still governs its whole sentence: no second claim inside its words
    said = claims_nlp("وقال الوزير إن الحكومة أدانت الهجوم.", published="2024-03-04")
    assert len(said.claims) == 1


def test_a_speech_acts_words_after_diacritics_earlier_in_the_text(claims_nlp):
    # "دمّرت" and "غارةٌ" make normalised offsets drift from the original ones: the aside
    # "في بيان" is still passed and the quoted words are the claim
    doc = claims_nlp(
        "دمّرت غارةٌ جويةٌ منزلاً في غزّة وقُتل خمسةُ أشخاصٍ من عائلةٍ واحدةٍ. وأدانت وزارة "
        'الخارجية الأردنية، في بيان، "الاعتداء السافر على المدنيين"، مطالبة إسرائيل بوقف '
        "الانتهاكات.",
        published="2024-03-04",
    )
    content = doc.claims[0].content
    assert doc.text[content.start : content.end] == '"الاعتداء السافر على المدنيين"'


def test_a_second_speaker_after_a_comma_opens_a_claim_of_their_own(claims_nlp):
    doc = claims_nlp(
        "وقالت المتحدثة باسم وزارة الدفاع الأمريكية سابرينا سينغ إن الولايات المتحدة "
        '"لم تكن ضالعة" في الغارة، ونفى مسؤول أمريكي لموقع "أكسيوس" أن تكون واشنطن قد '
        "علمت بها مسبقاً.",
        published="2024-04-02",
    )
    assert [(c.speaker.country, c.stance) for c in doc.claims] == [
        ("USA", "assert"),
        ("USA", "deny"),
    ]
    first = doc.claims[0].content
    assert doc.text[first.start : first.end] == 'الولايات المتحدة "لم تكن ضالعة" في الغارة'
    same = claims_nlp("وقال الوزير إن الحكومة ستواصل الحوار، وأضاف أن الأزمة ستحل قريباً.")
    assert len(same.claims) == 1  # the same speaker goes on
    quoted = claims_nlp(
        'وقال الرئيس الإيراني إن "القوات الأمريكية هاجمت السفينة، ونفى البنتاغون ذلك".'
    )
    assert len(quoted.claims) == 1  # inside his quote


def test_the_outlet_spoken_to_relays_and_the_source_speaks(claims_nlp):
    doc = claims_nlp(
        "وقال الضابط في الجيش الصومالي محمد عبدي نور لوكالة الأناضول إن انتحارياً اقتحم "
        "القاعدة. ونفى مصدر مقرب من حزب الله، في حديث لوكالة الأنباء الفرنسية، أن يكون الحزب "
        "قد شارك. وقالت وكالة الأنباء الفرنسية إن الهجوم أسفر عن قتلى.",
        published="2024-03-04",
    )
    told = [(c.speaker.country, [r.text for r in c.relayed_by]) for c in doc.claims]
    assert told == [
        ("SOM", ["وكالة الأناضول"]),
        ("LBN", ["وكالة الأنباء الفرنسية"]),  # a source close to Hezbollah
        ("FRA", []),  # the agency itself speaks when it is the subject
    ]


def test_a_relay_between_commas_is_an_aside_of_the_speaker(claims_nlp):
    doc = claims_nlp(
        "في المقابل، نفت مصادر عسكرية مغربية، بحسب ما أوردته وكالة المغرب العربي للأنباء، أن "
        "تكون القذائف قد أصابت أي موقع.",
        published="2024-09-27",
    )
    assert [(c.speaker.text, c.speaker.country, c.stance) for c in doc.claims] == [
        ("مصادر عسكرية مغربية", "MAR", "deny")
    ]
    assert [r.text for r in doc.claims[0].relayed_by] == ["وكالة المغرب العربي للأنباء"]
    assert doc.text[doc.claims[0].content.start :].startswith("تكون القذائف")
    # at the end of a sentence with no other speaker the agency is the source
    claim, _ = last_claim(claims_nlp, "وقتل ثلاثة مدنيين في القصف، بحسب ما أوردته وكالة رويترز.")
    assert claim.speaker.text == "وكالة رويترز" and claim.relayed_by == []


def test_a_statement_passed_on_by_an_agency_keeps_its_speaker(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "خليجياً، أعربت وزارة الخارجية الإماراتية، في بيان نقلته وكالة أنباء الإمارات (وام)، عن "
        "رفضها أي أعمال تهدد سلامة الملاحة.",
    )
    assert (claim.speaker.text, claim.speaker.country) == ("وزارة الخارجية الإماراتية", "ARE")
    assert [r.text for r in claim.relayed_by] == ["وكالة أنباء الإمارات (وام)"]


def test_a_subject_before_qad_and_the_verb_speaks(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "وكان الرئيس المصري عبد الفتاح السيسي قد حذّر، في 30 مارس الماضي، من أن أحداً لا يستطيع "
        "أخذ نقطة مياه من مصر.",
    )
    assert (claim.speaker.country, claim.stance) == ("EGY", "warn")


def test_a_verb_of_saying_after_a_name_ends_the_name(claims_nlp):
    # "نفى" after the subject is the verb of the sentence, not a third part of the name
    claim, _ = last_claim(
        claims_nlp,
        "غير أن المتحدث باسم الجيش السوداني العميد نبيل عبد الله نفى أن تكون قواته قد نفذت "
        "ضربات في نيالا.",
    )
    assert claim.stance == "deny"
    assert claim.speaker.text.endswith("نبيل عبد الله")
    assert claim.speaker.country == "SDN"
    claim, _ = last_claim(claims_nlp, "لكن العميد سامر حداد أكد أن المعبر مغلق.")
    assert claim.speaker.text.endswith("سامر حداد")


def test_a_statement_carried_by_a_body_names_it_as_relay(claims_nlp):
    claim, doc = last_claim(
        claims_nlp,
        "وقال الرئيس الأمريكي جو بايدن، في بيان وزّعه البيت الأبيض، إن القوات الأمريكية نفذت "
        "ضربات ناجحة.",
    )
    assert claim.speaker.country == "USA"
    assert [r.text for r in claim.relayed_by] == ["البيت الأبيض"]
    assert claim_text(claim, doc).startswith("القوات الأمريكية")
    claim, _ = last_claim(
        claims_nlp,
        "وقال وزير الخارجية الصيني تشين قانغ، بحسب بيان لوزارة الخارجية الصينية، إن بكين تدعم "
        "الحوار.",
    )
    assert [r.text for r in claim.relayed_by] == ["وزارة الخارجية الصينية"]
    # a pronoun that is not a statement is no relay: "نقلها إلى المستشفى"
    claim, _ = last_claim(
        claims_nlp, "وقال الهلال الأحمر إن سيارة إسعاف نقلها إلى مستشفى الملك فهد."
    )
    assert claim.relayed_by == []


def claim_text(claim, doc):
    return doc.text[claim.content.start : claim.content.end]


def test_the_words_follow_an_aside_and_the_holder_of_a_title_speaks(claims_nlp):
    claim, doc = last_claim(
        claims_nlp,
        "وقال المتحدث العسكري باسم الحوثيين العميد يحيى سريع، في كلمة متلفزة مساء الجمعة، إن "
        "قواته استهدفت سفينة.",
    )
    assert claim.speaker.text == "يحيى سريع"
    assert claim_text(claim, doc).startswith("قواته استهدفت")
    claim, _ = last_claim(
        claims_nlp,
        "وأوضح قائد القوات الجوية في القيادة المركزية الأمريكية الفريق أليكسوس غرينكويتش أن "
        "الضربات طالت 60 هدفاً.",
    )
    assert claim.speaker.text == "أليكسوس غرينكويتش"
    assert claim.speaker.country == "USA"


def test_the_subject_before_a_relative_clause_speaks(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "غير أن الرئيس التونسي قيس سعيّد، الذي استقبل مساء الثلاثاء وزير الداخلية كمال الفقي، "
        "شدد على أن لا أحد فوق القانون.",
    )
    assert claim.speaker.text == "قيس سعيّد"


def test_a_curated_name_that_begins_with_a_title_word(claims_nlp):
    # "أمير" (prince) is also the first word of "أمير عبد اللهيان"; "فيكتوريا" a capital
    claim, _ = last_claim(claims_nlp, "ونقلت إرنا عن أمير عبد اللهيان قوله إن الخطوة مهمة.")
    assert (claim.speaker.text, claim.speaker.country) == ("عبد اللهيان", "IRN")
    claim, _ = last_claim(
        claims_nlp,
        "وكانت نائبة وزير الخارجية بالوكالة فيكتوريا نولاند قد وصفت المحادثات بأنها صعبة.",
    )
    assert (claim.speaker.text, claim.speaker.country) == ("فيكتوريا نولاند", "USA")


def test_unlisted_and_quoted_outlets_relay_what_they_were_told():
    nlp = marsad.load()
    doc = nlp(
        'وأفاد مصدر دبلوماسي سعودي لـ"الشرق الأوسط" بأن وفداً سيصل غداً. وأفادت مصادر كويتية'
        ' لصحيفة القبس بأن الكويت هددت بالتصعيد. وقال مسؤول قطري لقناة "الجزيرة" إن الوساطة مستمرة.'
    )
    relays = [[r.text for r in c.relayed_by] for c in doc.claims]
    # the listed "قناة الجزيرة", read over the quotes around its name
    assert relays == [["الشرق الأوسط"], ["صحيفة القبس"], ['قناة "الجزيرة"']]
    newspaper = next(e for e in doc.entities if e.name == "الشرق الأوسط")
    assert (newspaper.country, newspaper.sector) == (
        "SAU",
        "JRN",
    )  # the listed "صحيفة الشرق الأوسط"
    assert doc.claims[2].speaker.text == "مسؤول قطري"


def test_an_announcement_past_a_relay_aside_after_a_capital_named_before(claims_nlp):
    # the capital before the cue is a mention of the same state; the relay between commas
    # after the subject neither opens nor ends what was announced
    text = (
        "وفي أبوظبي، أعلنت الإمارات، بحسب ما أوردته وكالة أنباء الإمارات (وام)، قطع العلاقات "
        "مع قطر."
    )
    claim, doc = last_claim(claims_nlp, text)
    assert claim.speaker.text == "الإمارات"
    assert doc.text[claim.content.start : claim.content.end] == "قطع العلاقات مع قطر"
    assert [r.text for r in claim.relayed_by] == ["وكالة أنباء الإمارات (وام)"]
    events = marsad.load()(text, published="2017-06-06").events
    sanction = next(e for e in events if e.type == "SANCTION")
    assert [p.country for p in sanction.actors] == ["ARE"]  # the announcer cuts the ties


def test_a_statement_issued_by_a_body_is_that_bodys_claim(claims_nlp):
    doc = claims_nlp(
        "وقال بيان صادر عن الرئاسة الجزائرية إن الأفعال العدائية المتواصلة تستدعي ذلك."
    )
    assert [(c.speaker.text, c.speaker.country) for c in doc.claims] == [
        ("الرئاسة الجزائرية", "DZA")
    ]
    doc = claims_nlp("وأوضح البيان الصادر عن الجيش الإسرائيلي أن الطائرات قصفت مواقع في غزة.")
    assert [c.speaker.country for c in doc.claims] == ["ISR"]


def test_according_to_what_someone_said_is_their_claim(claims_nlp):
    doc = claims_nlp("وقتل ثلاثة جنود، بحسب ما أفادت مصادر أمنية.")
    assert [c.speaker.text for c in doc.claims] == ["مصادر أمنية"]
    doc = claims_nlp("كما فُرض حظر للتجول في المدينة، وفق ما أفاد به مسؤول محلي لإذاعة صوت أمريكا.")
    (claim,) = doc.claims
    assert claim.speaker.text.startswith("مسؤول")
    assert [r.text for r in claim.relayed_by] == ["إذاعة صوت أمريكا"]
    doc = claims_nlp("وقتل ثلاثة جنود، حسبما قاله مسؤول محلي.")
    assert [c.speaker.text for c in doc.claims] == ["مسؤول"]


def test_a_demand_with_taalaba_is_a_claim_but_a_student_is_not(claims_nlp):
    doc = claims_nlp("وطالب وزير الخارجية الإيراني الدول الغربية بعدم الانجرار وراء الاتهامات.")
    assert [(c.speaker.text, c.speaker.country) for c in doc.claims] == [
        ("وزير الخارجية الإيراني", "IRN")
    ]
    (claim,) = claims_nlp("وقال طالب جامعي إن الامتحانات أُجلت.").claims
    assert claim.speaker.text == "طالب جامعي"  # a student who speaks
    assert claims_nlp("واعتقلت الشرطة طالب الطب بتهمة التحريض.").claims == []


def test_the_party_asked_after_a_joined_demand_is_not_the_speaker(claims_nlp):
    doc = claims_nlp(
        "وقال وزير الخارجية السوري إن بلاده لن تتراجع، وطالب أنقرة بالكف عن دعم المسلحين."
    )
    assert [c.speaker.country for c in doc.claims] == ["SYR"]
    # at the head of a sentence the party after the verb is the one who demands
    doc = claims_nlp("وطالبت الحكومة الجزائرية بوقف الحملة على الجالية.")
    assert [(c.speaker.text, c.speaker.country) for c in doc.claims] == [
        ("الحكومة الجزائرية", "DZA")
    ]
    doc = claims_nlp("ولوحت الحكومة الجزائرية بفرض عقوبات على الشركات الفرنسية.")
    assert [c.speaker.country for c in doc.claims] == ["DZA"]


def test_a_subject_before_an_announced_act_speaks(claims_nlp):
    doc = claims_nlp("وكان الجيش الأردني قد أعلن مقتل 27 مهرباً في اشتباك على الحدود.")
    (claim,) = doc.claims
    assert (claim.speaker.text, claim.speaker.country) == ("الجيش الأردني", "JOR")
    assert doc.text[claim.content.start : claim.content.end].startswith("مقتل 27 مهرباً")


def test_a_place_a_clause_opens_with_is_where_not_who(claims_nlp):
    doc = claims_nlp("وفي لندن يقول أليكس نيوول إن الأسعار ارتفعت.")
    assert [c.speaker.text for c in doc.claims] == ["أليكس نيوول"]
    doc = claims_nlp(
        "غير أن مصدراً في وزارة الدفاع التركية نفى لوكالة الأناضول أن تكون أنقرة قد أرسلت مقاتلين."
    )
    assert [c.speaker.country for c in doc.claims] == ["TUR"]  # a source in the ministry
    # a speaker Marsad cannot place takes the country of the place the clause opens with
    doc = marsad.load()(
        "وفي القاهرة، قال منسق الاتصالات الاستراتيجية إن الاتفاق بين إسرائيل وحماس خطوة مهمة."
    )
    assert [c.speaker.country for c in doc.claims] == ["EGY"]


def test_unnamed_sources_in_a_place_speak_for_its_country():
    doc = marsad.load()(
        "في المقابل، قالت مصادر طبية في صنعاء إن الغارات السعودية والإماراتية قتلت 14 شخصاً."
    )
    assert [(c.speaker.text, c.speaker.country) for c in doc.claims] == [
        ("مصادر طبية في صنعاء", "YEM")
    ]


def test_the_words_of_anonymity_name_no_source(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "ونقلت وكالة أسوشيتد برس عن مسؤولَين مصريين، طلبا عدم الكشف عن هويتيهما، أن الخلاف "
        "تركّز على قائمة الأسرى.",
    )
    assert claim.speaker.text == "مسؤولَين مصريين"
    assert [r.text for r in claim.relayed_by] == ["وكالة أسوشيتد برس"]


def test_an_outlet_told_without_li_relays_the_source(claims_nlp):
    claim, _ = last_claim(
        claims_nlp,
        "وارتفعت حصيلة القتلى إلى تسعة على الأقل، بحسب ما أفاد مصدر أمني لبناني وكالة فرانس برس.",
    )
    assert claim.speaker.text == "مصدر أمني لبناني"
    assert [r.text for r in claim.relayed_by] == ["وكالة فرانس برس"]


def test_an_unnamed_source_quoted_again_speaks_through_the_same_outlet(claims_nlp):
    _, doc = last_claim(
        claims_nlp,
        "وقتل تسعة أشخاص، بحسب ما أفاد مصدر أمني لبناني وكالة فرانس برس.\nوقال المصدر الأمني "
        "إن المهاجمين أطلقوا النار من أسلحة رشاشة.",
    )
    assert [[r.text for r in c.relayed_by] for c in doc.claims] == [["وكالة فرانس برس"]] * 2


def test_the_network_a_speaker_talked_to_relays_him_and_ends_his_name():
    doc = marsad.load()(
        'فيما قال السفير الإسرائيلي لدى واشنطن يحيئيل لايتر لشبكة "فوكس نيوز": "إذا لم نطلهم '
        'هذه المرة، فسنطالهم في المرة المقبلة".',
        published="2025-09-10",
    )
    (claim,) = doc.claims
    assert claim.speaker.text == "السفير الإسرائيلي لدى واشنطن يحيئيل لايتر"
    assert [r.text for r in claim.relayed_by] == ["فوكس نيوز"]


def test_the_outlet_of_a_phrase_before_the_verb_of_saying_relays_the_speaker():
    nlp = marsad.load()
    doc = nlp('وفي تصريح لصحيفة "الخبر" الجزائرية، قال مصدر أمني جزائري إن الجيش سيتعامل بحزم.')
    assert [(c.speaker.text, [r.text for r in c.relayed_by]) for c in doc.claims] == [
        ("مصدر أمني جزائري", ['صحيفة "الخبر" الجزائرية'])
    ]
    doc = nlp("وفي القاهرة، قال الوزير إن الوضع هادئ.")  # a place before the verb relays nothing
    assert [c.relayed_by for c in doc.claims] == [[]]


def test_a_statement_told_before_speaks_for_its_author_not_whom_it_names(claims_nlp):
    doc = claims_nlp(
        "وقالت وزارة الخارجية السعودية إن الوضع خطير. وأدان البيان اعتقال الناشطين الأتراك."
    )
    assert [c.speaker.country for c in doc.claims] == ["SAU", "SAU"]
    doc = claims_nlp("وأدان البيان اعتقال الناشطين الأتراك.")
    assert [(c.speaker.text, c.speaker.country) for c in doc.claims] == [("البيان", None)]


def test_an_urging_is_a_claim_and_its_object_ends_the_name(claims_nlp):
    doc = claims_nlp("وحثّ رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد البلدين على «ضبط النفس».")
    assert [c.speaker.text for c in doc.claims] == ["موسى فقي محمد"]
    doc = claims_nlp("وقالت وزارة الخارجية والتعاون الدولي الإماراتية في بيان إن الضربات دفاعية.")
    assert [c.speaker.country for c in doc.claims] == ["ARE"]


def test_denouncing_rejecting_pledging_and_admitting_are_claims(claims_nlp):
    doc = claims_nlp("واستنكرت الخارجية الأردنية «الاعتداء السافر» على المسجد الأقصى.")
    assert [(c.speaker.country, c.stance) for c in doc.claims] == [("JOR", "assert")]
    doc = claims_nlp("ورفضت الحكومة السودانية الاتهامات الإثيوبية جملة وتفصيلاً.")
    assert [(c.speaker.country, c.stance) for c in doc.claims] == [("SDN", "deny")]
    doc = claims_nlp("واعترف الجيش الإسرائيلي بأن الغارة أصابت مبنى سكنياً.")
    assert [c.speaker.country for c in doc.claims] == ["ISR"]


def test_a_denial_after_wa_huwa_ma_is_the_other_sides_claim(claims_nlp):
    doc = claims_nlp("واتهمت الحكومة السودانية إثيوبيا بالهجوم، وهو ما نفته أديس أبابا.")
    assert [(c.speaker.country, c.stance) for c in doc.claims] == [
        ("SDN", "allege"),
        ("ETH", "deny"),
    ]
    first = doc.claims[0]
    assert doc.text[first.content.start : first.content.end] == "إثيوبيا بالهجوم"
    doc = claims_nlp("ودانت وزارة الخارجية المصرية بأشد العبارات الهجوم على القوات السودانية.")
    assert [c.speaker.country for c in doc.claims] == ["EGY"]
    doc = claims_nlp("وكتب الوزير الإماراتي أنور قرقاش على تويتر أن الإرهابيين استغلوا الأحداث.")
    assert [c.speaker.country for c in doc.claims] == ["ARE"]


def test_a_subject_after_however_opens_the_other_sides_claim(claims_nlp):
    doc = claims_nlp(
        "وأفادت الإذاعة الجزائرية بأن الجزائر رفضت طلباً فرنسياً لعبور طائرات عسكرية، غير أن "
        "هيئة أركان الجيوش الفرنسية نفت أن تكون باريس قد تقدمت بأي طلب."
    )
    assert [(c.speaker.country, c.stance) for c in doc.claims] == [
        ("DZA", "assert"),
        ("FRA", "deny"),
    ]


def test_a_titled_source_after_an_agency_may_run_long(claims_nlp):
    doc = claims_nlp(
        "ونقلت وكالة تسنيم للأنباء عن قائد القوة الجوفضائية في الحرس الثوري العميد أمير علي "
        "حاجي زاده قوله إن عشرات الصواريخ أصابت القاعدة."
    )
    (claim,) = doc.claims
    assert (claim.speaker.country, [r.text for r in claim.relayed_by]) == (
        "IRN",
        ["وكالة تسنيم للأنباء"],
    )


def test_a_statement_broadcast_by_an_outlet_is_relayed_by_it(claims_nlp):
    doc = claims_nlp(
        "وقال الأدميرال علي رضا تنكسيري، في تصريحات بثها التلفزيون الرسمي الإيراني، إن قواته "
        "لن تسمح بذلك."
    )
    assert [r.text for r in doc.claims[0].relayed_by] == ["التلفزيون الرسمي الإيراني"]


def test_a_subject_placed_in_a_city_before_its_verb_speaks():
    doc = marsad.load(skip=["events", "contradictions"])(
        "ولم تعلّق الحكومة الهندية رسمياً، غير أن السفارة الهندية في بكين وصفت ما نشرته وسائل "
        "إعلام صينية عن إسقاط المقاتلات بأنه تضليل."
    )
    assert [(c.speaker.text, c.speaker.country) for c in doc.claims] == [("السفارة الهندية", "IND")]


def test_an_unnamed_source_of_state_media_is_that_states(claims_nlp):
    state = "ونقلت الوكالة العربية السورية للأنباء (سانا) عن مصدر عسكري قوله إن الدفاعات تصدت."
    assert last_claim(claims_nlp, state)[0].speaker.country == "SYR"
    statement = "ونقلت وكالة الأنباء السعودية (واس) عن بيان لوزارة الخارجية أن الخطوة رد."
    assert last_claim(claims_nlp, statement)[0].speaker.country == "SAU"
    wire = "ونقلت وكالة فرانس برس عن مصدر عسكري قوله إن الدفاعات الجوية تصدت للصواريخ."
    assert last_claim(claims_nlp, wire)[0].speaker.country is None  # a wire's source: no side


def test_another_speaker_after_kama_in_a_list_of_reactions_has_a_claim(claims_nlp):
    doc = claims_nlp(
        "وقالت وزارة الخارجية السعودية إن الحل سياسي، كما أكدت وزارة الخارجية المصرية أن "
        "الحوار هو السبيل.",
        published="2024-03-04",
    )
    assert [c.speaker.country for c in doc.claims] == ["SAU", "EGY"]
