// Every interface text by name: the one list `Ui` is made from. Included by `mod.rs` and by
// the build script, which writes the German texts into the fetched part of the catalog (so the
// visitor's wasm carries only the English ones; see `text::install`).

macro_rules! texts {
    ($($name:ident),* $(,)?) => {
        /// Every interface text of one language.
        pub struct Ui {
            pub lang: Lang,
            pub texts: Texts,
        }

        /// The texts themselves, one field per name (read as `t.name` through `Ui`).
        /// `repr(C)` with fields of one type: laid out exactly as an array of them, which is
        /// how `Ui::from_texts` fills it without code per field.
        #[repr(C)]
        pub struct Texts {
            $(pub $name: &'static str,)*
        }

        /// How many texts there are.
        pub const TEXT_COUNT: usize = [$(stringify!($name)),*].len();

        impl std::ops::Deref for Ui {
            type Target = Texts;
            fn deref(&self) -> &Texts {
                &self.texts
            }
        }

        impl Ui {
            /// Every text with its name, in the list's order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.texts.$name)),*]
            }

            /// The texts of `lang` from a list in the same order as `entries` (as the build
            /// script writes it): `None` unless there is exactly one for each name. The texts
            /// live as long as the page.
            #[allow(dead_code)]
            pub fn from_texts(lang: Lang, texts: Vec<String>) -> Option<Ui> {
                let texts: Vec<&'static str> = texts
                    .into_iter()
                    .map(|t| &*Box::leak(t.into_boxed_str()))
                    .collect();
                let texts: [&'static str; TEXT_COUNT] = texts.try_into().ok()?;
                // SAFETY: `Texts` is `repr(C)` with `TEXT_COUNT` fields, all `&'static str`, so
                // its layout is that of `[&'static str; TEXT_COUNT]` (same size, checked by
                // `transmute`, same alignment, no padding); every value is a valid `&str`.
                let texts: Texts = unsafe { std::mem::transmute(texts) };
                Some(Ui { lang, texts })
            }
        }
    };
}

texts! {
    start, continue_, start_over, back, next, need_answer, last_question_hint, change_answers,
    dismiss, progress_label, intro_lead_client, intro_lead_provider, switch_to_provider,
    switch_to_client, intro_looks_at, privacy, privacy_embedded, length, question_of,
    restored, discarded, no_storage, load_failed, try_again, result_heading, index_label, out_of,
    stage_label, by_dimension, chart_label, table_caption, column_dimension, column_score,
    column_reading, no_score, ask_client, ask_provider, next_step, privacy_result, score_of,
    save_pdf, download_csv, download_json, fatal_heading, fatal_text, fatal_reload, share_heading,
    share_name_label, share_name_hint, link_label, copy_link, copied, copy_fallback, share_sheet,
    email, qr_label, link_privacy, team_view, earlier_heading, earlier_index, earlier_no_index,
    compare_now, keep_results, forget_all, earlier_unavailable, earlier_off, email_subject,
    email_summary, email_summary_plain, email_whole, labelled, shared_heading, shared_from,
    shared_note, take_it_yourself, answer_as_provider, answer_as_client, view_client, view_provider,
    compare_heading, compare_chart_label, compare_caption, column_gap, gaps_heading, no_gaps,
    broken_heading, broken_hint, broken_truncated, broken_not_ours, broken_checksum, broken_newer,
    broken_unknown, broken_out_of_range, broken_label, broken_not_comparable, problem_empty,
    problem_too_long, problem_markup, problem_control, problem_not_hex, problem_contrast,
    problem_not_https, problem_not_https_or_mail, problem_bad_address, problem_lens,
    problem_language, problem_origin, problem_unknown, problem_repeated, problem_encoding,
    cta_default_label, cta_heading, cta_heading_firm, cta_text, cta_mail_subject, logo_alt,
    configure_link, language_switch_label, cant_judge, not_applicable, strong_client,
    strong_provider, weak_client, weak_provider, work_next_client, work_next_provider,
    not_enough_answers, row_details, scored_count, left_out_detail, provisional_heading,
    provisional_text, missing_heading, revisit_one, revisit_many, held_back, how_link, how_page,
    new_tab, gap_steps, error_prefix, problem_heading, title_join, frame_title_firm,
    frame_title_plain, start_failed, intro_one_client, intro_one_provider, quick_offer, full_offer,
    quick_note, continue_full, contradiction_heading, contradiction_text, contradiction_revisit,
    evidence_label, evidence_line, problem_form, problem_deployment_only, cta_sends_web, cta_sends_mail, start_over_confirm,
    cta_weakest, sent_link, sent_scores, sent_context, sent_campaign, list_and,
    problem_stage, problem_stages, problem_placeholder, problem_same_site, problem_forward,
}
