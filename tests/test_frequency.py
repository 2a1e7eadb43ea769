from marsad.text.frequency import written_forms, zipf


def test_a_normalised_word_is_looked_up_as_it_is_written():
    assert written_forms("مدينه") == {"مدينه", "مدينة"}
    assert "أكثر" in written_forms("اكثر")
    assert "إجراءة" in written_forms("اجراءه")  # both final ة and initial hamza
    # "مدينة" is far commoner written with ة than the normalised "مدينه"
    assert zipf("مدينه") > 5 > zipf("داشكسن")


def test_unknown_and_non_arabic_words_have_no_frequency():
    assert zipf("كلبجار") == 0.0
    assert zipf("") == 0.0
