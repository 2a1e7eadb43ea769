import marsad
from marsad.contradictions.incidents import group_incidents

MIRRORED = (
    "قالت وزارة الدفاع الهندية إن القوات الباكستانية قصفت مواقع هندية في كشمير مساء الأحد. "
    "في المقابل، قال الجيش الباكستاني إن القوات الهندية قصفت مواقع باكستانية على خط المراقبة."
)


def test_mirrored_accounts_are_a_contradiction():
    doc = marsad.load()(MIRRORED, published="2024-03-04")
    assert len(doc.contradictions) == 1
    item = doc.contradictions[0]
    assert len(item.claims) == 2 and len(item.events) == 2
    assert "IND says PAK → IND" in item.about and "PAK says IND → PAK" in item.about


def test_a_bloc_and_the_state_it_blames_blaming_each_other():
    doc = marsad.load()(
        "واتهمت السعودية والإمارات والبحرين قطر بدعم الإرهاب. في المقابل، اتهمت الخارجية "
        "القطرية السعودية بالسعي إلى فرض الوصاية على الدوحة.",
        published="2017-06-06",
    )
    abouts = [c.about for c in doc.contradictions]
    assert abouts == ["ACCUSE: who did it to whom — SAU says ARE/BHR/SAU → QAT; QAT says QAT → SAU"]


def test_assertion_against_denial():
    doc = marsad.load()(
        "قال الجيش السوري إن طائرات إسرائيلية قصفت مطار حلب. "
        "ونفى الجيش الإسرائيلي أن تكون طائراته قد قصفت مطار حلب.",
        published="2024-03-04",
    )
    assert any("whether it happened" in c.about for c in doc.contradictions)


def test_one_sides_own_account_is_not_a_contradiction():
    doc = marsad.load()(
        "قالت وزارة الدفاع الهندية إن القوات الباكستانية قصفت مواقع هندية. "
        "وأضافت أن القوات الهندية قصفت مواقع باكستانية رداً على ذلك.",
        published="2024-03-04",
    )
    assert doc.contradictions == []


def test_incidents_across_documents():
    reports = [
        {
            "doc": "a",
            "event": "E1",
            "type": "ASSAULT",
            "date": "2024-03-03",
            "places": ["Kupwara"],
            "actors": ["PAK"],
            "recipients": ["IND"],
            "speaker": "IND",
        },
        {
            "doc": "b",
            "event": "E4",
            "type": "ASSAULT",
            "date": "2024-03-04",
            "places": [],
            "actors": ["IND"],
            "recipients": ["PAK"],
            "speaker": "PAK",
        },
        {
            "doc": "c",
            "event": "E2",
            "type": "ASSAULT",
            "date": "2024-03-20",
            "places": ["Kupwara"],
            "actors": ["PAK"],
            "recipients": ["IND"],
            "speaker": "IND",
        },
        {
            "doc": "d",
            "event": "E1",
            "type": "PROTEST",
            "date": "2024-03-03",
            "places": ["Kupwara"],
            "actors": [],
            "recipients": [],
            "speaker": None,
        },
    ]
    incidents = group_incidents(reports)
    assert len(incidents) == 3
    first = next(i for i in incidents if i["type"] == "ASSAULT" and "2024-03-03" in i["dates"])
    assert [r["doc"] for r in first["reports"]] == ["a", "b"]
    assert {a["speaker"] for a in first["accounts"]} == {"IND", "PAK"}


def test_bundled_border_clash_example_has_its_contradiction(examples):
    import json

    record = json.loads((examples / "border-clash.json").read_text(encoding="utf-8"))
    doc = marsad.load()(record["text"], published=record["published"])
    # one dispute between the two sides, with each of its strands
    assert len(doc.contradictions) == 1
    strands = doc.contradictions[0].about.split(" | ")
    assert strands[0] == "ASSAULT: who did it to whom — KGZ says TJK → KGZ; TJK says KGZ → TJK"
    assert "ACCUSE: whether it is true — TJK accuses KGZ; KGZ denies" in strands


def test_an_accusation_answered_by_a_denial_from_the_accused():
    doc = marsad.load()(
        "وطردت روسيا دبلوماسيين بريطانيين، متهمة لندن بالقيام بأنشطة تجسسية. "
        "في المقابل، نفت وزارة الخارجية البريطانية أن يكون الدبلوماسيان قد قاما بأي نشاط مخالف.",
        published="2024-02-25",
    )
    assert [c.about for c in doc.contradictions] == [
        "ACCUSE: whether it is true — RUS accuses GBR; GBR denies"
    ]
    # a denial by a third party answers nothing
    other = marsad.load()(
        "واتهمت روسيا بريطانيا بالتجسس. ونفت الخارجية الصينية أن تكون بكين قد تدخلت.",
        published="2024-02-25",
    )
    assert other.contradictions == []


def test_a_denial_answers_the_other_countrys_statement():
    doc = marsad.load()(
        "قالت البحرية الأمريكية في بيان إن طائرة مسيّرة إيرانية اقتربت بشكل خطير من مدمرة "
        "أمريكية في مضيق هرمز. "
        "لكن المتحدث باسم الخارجية الإيرانية ناصر كنعاني نفى أن تكون أي طائرة إيرانية قد "
        "اقتربت من المدمرة.",
        published="2023-08-17",
    )
    speakers = {
        c.speaker.country for item in doc.contradictions for c in doc.claims if c.id in item.claims
    }
    assert speakers == {"USA", "IRN"}
    assert "IRN denies" in doc.contradictions[0].about


def test_a_denial_between_two_sides_of_one_country():
    doc = marsad.load()(
        "وقالت لجنة أطباء السودان المركزية إن قوات الأمن استخدمت الرصاص الحي ضد المتظاهرين في "
        "أم درمان. "
        "ونفت الشرطة السودانية في بيان أن تكون قواتها قد استخدمت الرصاص الحي في أم درمان.",
        published="2022-04-07",
    )
    assert len(doc.contradictions) == 1
    assert len(doc.contradictions[0].claims) == 2


def test_no_contradiction_between_a_president_and_his_government_or_with_a_third_country():
    one_side = marsad.load()(
        "وأكد الرئيس المصري رفض بلاده لأي عملية عسكرية في رفح. "
        "ونفى مصدر حكومي مصري أن تكون القاهرة قد نسقت مع أي طرف بشأن العملية العسكرية في رفح.",
        published="2024-05-09",
    )
    assert one_side.contradictions == []
    elsewhere = marsad.load()(
        "وقال وزير الخارجية الفرنسي إن المحادثات في جنيف كانت بناءة. "
        "ونفى الجيش الباكستاني أن تكون قواته قد عبرت الحدود.",
        published="2024-05-09",
    )
    assert elsewhere.contradictions == []


def test_an_accusation_answered_by_a_statement_that_the_act_did_not_happen():
    doc = marsad.load()(
        "وقال وزير الخارجية الإيراني إن الغارة على القنصلية انتهاك للقانون الدولي، محمّلاً "
        "الولايات المتحدة المسؤولية عنها. "
        "أما في واشنطن، فقالت المتحدثة باسم وزارة الدفاع الأمريكية إن الولايات المتحدة "
        '"لم تكن ضالعة" في الغارة.',
        published="2024-04-02",
    )  # no verb of denial: the Pentagon says it was not involved
    assert [c.speaker.country for c in doc.claims] == ["IRN", "USA"]
    assert [sorted({doc.claims[int(i[1:]) - 1].speaker.country for i in c.claims})
            for c in doc.contradictions] == [["IRN", "USA"]]  # fmt: skip
