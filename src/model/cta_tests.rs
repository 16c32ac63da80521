use super::*;
use crate::model::builtin::{catalog, questionnaire};
use crate::model::questionnaire::Seat;
use crate::model::scoring::{item_points, score, Answer};
use crate::model::settings::{check_https, from_query, Reason, URL_MAX};
use proptest::prelude::*;

fn settings(query: &str) -> Settings {
    let (settings, warnings) = from_query(query);
    assert_eq!(warnings, vec![], "{query}");
    settings
}

fn web(url: &str) -> CtaTarget {
    CtaTarget::Web(url.to_string())
}

fn filling() -> Filling {
    Filling {
        overall: "72".into(),
        stage: "Trusted provider".into(),
        stage_id: "trusted-provider".into(),
        weakest: "Fair dealing".into(),
        summary: "Partner index: 72/100\nStage: Trusted provider".into(),
        link: "https://assess.example/#r=abc".into(),
        lens: "client",
        lang: "en".into(),
    }
}

/// A query parameter of an address, decoded.
fn parameter(address: &str, name: &str) -> Option<String> {
    let query = address.split('#').next()?.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| percent::decode(value))?
    })
}

#[test]
fn each_stage_gets_its_own_call_to_action_and_falls_back_to_the_general_one() {
    let s = settings(
        "cta-url=https%3A%2F%2Facme.example%2Fcontact&cta-label=Talk%20to%20us\
         &cta-url-partner=https%3A%2F%2Facme.example%2Fgrow&cta-label-partner=Grow%20it\
         &cta-text-partner=You%20are%20close.&cta-label-vendor=Start%20small",
    );
    let partner = s.cta_for(Some("partner")).unwrap();
    assert_eq!(partner.target, &web("https://acme.example/grow"));
    assert_eq!(partner.label, Some("Grow it"));
    assert_eq!(partner.text, Some("You are close."));
    // Only the label is the vendor stage's own.
    let vendor = s.cta_for(Some("vendor")).unwrap();
    assert_eq!(vendor.target, &web("https://acme.example/contact"));
    assert_eq!(vendor.label, Some("Start small"));
    assert_eq!(vendor.text, None);
    // A result without a stage (provisional) and any other stage get the general one.
    for stage in [None, Some("service-provider")] {
        let cta = s.cta_for(stage).unwrap();
        assert_eq!(cta.target, &web("https://acme.example/contact"));
        assert_eq!(cta.label, Some("Talk to us"));
    }
    // A stage's own address without a general one: only that stage is invited.
    let s = settings("cta-url-partner=https%3A%2F%2Facme.example%2Fgrow");
    assert!(s.cta_for(Some("partner")).is_some());
    assert_eq!(s.cta_for(Some("vendor")), None);
    assert_eq!(s.cta_for(None), None);
}

#[test]
fn staged_settings_are_checked_like_the_general_ones() {
    let warned = |query: &str| {
        from_query(query)
            .1
            .into_iter()
            .map(|w| (w.key, w.reason))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        warned("cta-url-partner=javascript%3Aalert(1)"),
        [("cta-url-partner".to_string(), Reason::NotHttpsOrMail)]
    );
    assert_eq!(
        warned("cta-label-Partner=x"),
        [("cta-label-Partner".to_string(), Reason::BadStage)]
    );
    assert_eq!(
        warned("cta-text-partner=%3Cb%3E"),
        [("cta-text-partner".to_string(), Reason::Markup)]
    );
    assert_eq!(
        warned("cta-url-=https%3A%2F%2Fa.example"),
        [("cta-url-".to_string(), Reason::BadStage)]
    );
    let many: Vec<String> = (0..9).map(|k| format!("cta-label-s{k}=x")).collect();
    assert_eq!(
        warned(&many.join("&")),
        [("cta-label-s8".to_string(), Reason::TooManyStages)]
    );
    // Written back as a query, the settings read back equal.
    let s = settings(
        "cta-url-partner=mailto%3Ahi%40acme.example&cta-text=Hello&cta-label-vendor=x\
         &benchmark=norms.json",
    );
    assert_eq!(from_query(&s.to_query()), (s.clone(), vec![]));
    // None of it travels in a results link.
    let link = s.for_links();
    assert_eq!(
        (link.stages, link.cta_text, link.benchmark),
        (vec![], None, None)
    );
}

#[test]
fn an_address_without_placeholders_gets_the_results_link_as_result() {
    let link = "https%3A%2F%2Fassess.example%2F%23r%3Dabc";
    let f = filling();
    assert_eq!(
        href(&web("https://acme.example/contact"), &f, &[], "s"),
        format!("https://acme.example/contact?result={link}")
    );
    assert_eq!(
        href(&web("https://acme.example/c?src=quiz#form"), &f, &[], "s"),
        format!("https://acme.example/c?src=quiz&result={link}#form")
    );
    assert_eq!(
        href(&web("https://acme.example/c?"), &f, &[], "s"),
        format!("https://acme.example/c?result={link}")
    );
}

#[test]
fn placeholders_are_filled_and_encoded_where_they_land() {
    let f = filling();
    let calendly = "https://calendly.com/acme/intro?a1={summary}&a2={link}&a3={stage}";
    let href = href(&web(calendly), &f, &[], "s");
    assert_eq!(parameter(&href, "a1").unwrap(), f.summary);
    assert_eq!(parameter(&href, "a2").unwrap(), f.link);
    assert_eq!(parameter(&href, "a3").as_deref(), Some("Trusted provider"));
    assert_eq!(parameter(&href, "result"), None);
    let cal = "https://cal.com/acme/intro?notes={summary}&metadata[pov_stage]={stage_id}\
               &metadata[pov_overall]={overall}&w={weakest}&l={lens}-{lang}#{stage_id}";
    let filled = super::href(&web(cal), &f, &[], "s");
    assert_eq!(
        parameter(&filled, "metadata[pov_stage]").as_deref(),
        Some("trusted-provider")
    );
    assert_eq!(
        parameter(&filled, "metadata[pov_overall]").as_deref(),
        Some("72")
    );
    assert_eq!(parameter(&filled, "w").as_deref(), Some("Fair dealing"));
    assert_eq!(parameter(&filled, "l").as_deref(), Some("client-en"));
    assert!(filled.ends_with("#trusted-provider"), "{filled}");
    // Without a stage, the stage's placeholders are empty.
    let provisional = Filling {
        overall: String::new(),
        stage: String::new(),
        stage_id: String::new(),
        ..filling()
    };
    let filled = super::href(&web(cal), &provisional, &[], "s");
    assert_eq!(
        parameter(&filled, "metadata[pov_stage]").as_deref(),
        Some("")
    );
}

#[test]
fn an_unknown_placeholder_or_a_stray_brace_refuses_the_address() {
    for bad in [
        "https://acme.example/?x={name}",
        "https://acme.example/?x={summary",
        "https://acme.example/?x=summary}",
        "https://acme.example/?x={{summary}}",
        "https://{lang}.acme.example/",
    ] {
        let query = format!("cta-url={}", percent::encode(bad));
        assert!(!from_query(&query).1.is_empty(), "{bad} was accepted");
    }
    assert_eq!(
        placeholders("https://a.example/?a={link}&b={lang}"),
        Ok(vec!["link", "lang"])
    );
}

#[test]
fn campaign_tags_are_added_unless_the_address_sets_them() {
    let forward = vec![
        ("utm_source".to_string(), "news letter".to_string()),
        ("gclid".to_string(), "abc".to_string()),
    ];
    let f = filling();
    let href = href(
        &web("https://acme.example/c?utm_source=site#top"),
        &f,
        &forward,
        "s",
    );
    assert_eq!(parameter(&href, "utm_source").as_deref(), Some("site"));
    assert_eq!(parameter(&href, "gclid").as_deref(), Some("abc"));
    assert!(href.ends_with("#top"));
    // A mail gets none of them.
    let mail = super::href(
        &CtaTarget::Mail("hi@acme.example".into()),
        &f,
        &forward,
        "s",
    );
    assert!(!mail.contains("gclid"), "{mail}");
}

#[test]
fn the_forward_setting_takes_names_and_short_values_only() {
    let s = settings("forward=utm_source%3Dnews%26gclid%3Dx%2520y");
    assert_eq!(
        s.forward,
        vec![
            ("utm_source".to_string(), "news".to_string()),
            ("gclid".to_string(), "x y".to_string())
        ]
    );
    for bad in [
        "a%20b%3D1",
        "x%3D%2500",
        "x%3D1%26x%3D2",
        &format!("x%3D{}", "y".repeat(201)),
    ] {
        let (_, warnings) = from_query(&format!("forward={bad}"));
        assert_eq!(warnings.len(), 1, "{bad}");
    }
}

#[test]
fn the_norms_file_is_a_path_on_the_apps_own_site() {
    for good in [
        "norms.json",
        "/data/norms-2027.json",
        "../shared/norms.json",
    ] {
        assert_eq!(
            settings(&format!("benchmark={good}")).benchmark.as_deref(),
            Some(good)
        );
    }
    for bad in [
        "https%3A%2F%2Fevil.example%2Fn.json",
        "%2F%2Fevil.example%2Fn.json",
        "data%3Aapplication%2Fjson%2C%7B%7D",
        "n.json%3Fx%3D1",
    ] {
        let (settings, warnings) = from_query(&format!("benchmark={bad}"));
        assert_eq!(settings.benchmark, None, "{bad}");
        assert_eq!(warnings[0].reason, Reason::NotSameSite, "{bad}");
    }
}

/// The longest summary and mail the questionnaires can give, in every language.
#[test]
fn a_mail_link_with_the_summary_stays_under_1500_characters() {
    let head = [
        "Partnerindex: 100 von 100 (vorläufig)".to_string(),
        "Stufe: Vertrauenswürdiger Dienstleister".to_string(),
    ];
    for q in catalog() {
        for lang in ["en", "de"] {
            let answers = vec![Some(Answer::CantJudge); q.items.len()];
            let outcome = score(&q, &answers);
            let summary = summary(
                &head,
                &q,
                &outcome,
                lang,
                "zu wenige Antworten für eine Wertung",
            );
            let link = crate::model::link::encode(&q, &answers, None);
            let f = Filling::of(
                &q,
                &outcome,
                lang,
                format!("https://assessment.acme-it.example/?accent=%23123456#r={link}"),
                summary,
            );
            let mail = href(
                &CtaTarget::Mail("partnerships@acme-it.example".into()),
                &f,
                &[],
                "Unser Ergebnis bei Partner oder Lieferant?",
            );
            assert!(mail.len() < 1500, "{} {lang}: {}", q.id, mail.len());
        }
    }
}

#[test]
fn the_weakest_dimension_is_the_lowest_scored_one() {
    let q = questionnaire();
    let last = q.dimensions.len() - 1;
    let weak = &q.dimensions[last].id;
    // Every item answered at its most partner-like, but the last dimension's at their least.
    let answers: Vec<_> = q
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let points = |k: &u8| item_points(&q, i, Some(Answer::Choice(*k))).unwrap_or(0.0);
            let options = 0..q.option_count(item) as u8;
            let pick = if &item.dimension == weak {
                options.min_by(|a, b| points(a).total_cmp(&points(b)))
            } else {
                options.max_by(|a, b| points(a).total_cmp(&points(b)))
            };
            pick.map(Answer::Choice)
        })
        .collect();
    assert_eq!(weakest(&score(&q, &answers)), Some(last));
    // Nothing scored, or every dimension alike: none is named the lowest.
    assert_eq!(weakest(&score(&q, &vec![None; q.items.len()])), None);
    let best: Vec<_> = q
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let points = |k: &u8| item_points(&q, i, Some(Answer::Choice(*k))).unwrap_or(0.0);
            (0..q.option_count(item) as u8)
                .max_by(|a, b| points(a).total_cmp(&points(b)))
                .map(Answer::Choice)
        })
        .collect();
    assert_eq!(weakest(&score(&q, &best)), None);
    assert_eq!(q.seat, Seat::Client);
}

/// A template: literal runs of address characters with placeholders between them.
fn any_template() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        "[a-zA-Z0-9/._~=&-]{0,12}".prop_map(|s| s),
        (0..PLACEHOLDERS.len()).prop_map(|k| format!("{{{}}}", PLACEHOLDERS[k])),
    ];
    (
        proptest::collection::vec(part, 0..8),
        proptest::option::of("[a-z0-9=&{}_]{0,10}"),
    )
        .prop_map(|(parts, fragment)| {
            let mut url = format!("https://acme.example/?{}", parts.concat());
            if let Some(fragment) = fragment {
                url.push('#');
                url.push_str(&fragment.replace(['{', '}'], ""));
            }
            url
        })
}

fn any_filling() -> impl Strategy<Value = Filling> {
    (
        proptest::option::of(0u8..=100),
        proptest::option::of(("\\PC{0,30}", "[a-z-]{1,20}")),
        proptest::option::of("\\PC{0,40}"),
        "\\PC{0,300}",
        "\\PC{0,200}",
        prop_oneof![Just("client"), Just("provider")],
    )
        .prop_map(|(overall, stage, weakest, summary, link, lens)| Filling {
            overall: overall.map(|i| i.to_string()).unwrap_or_default(),
            stage: stage.clone().map(|s| s.0).unwrap_or_default(),
            stage_id: stage.map(|s| s.1).unwrap_or_default(),
            weakest: weakest.unwrap_or_default(),
            summary,
            link,
            lens,
            lang: "de".into(),
        })
}

proptest! {
    #[test]
    fn any_template_and_any_result_give_a_valid_address_with_no_placeholder_left(
        template in any_template(),
        filling in any_filling(),
    ) {
        let target = match crate::model::settings::check_cta(&template) {
            Ok(target) => target,
            Err(reason) => return Err(TestCaseError::fail(format!("{template}: {reason:?}"))),
        };
        let href = href(&target, &filling, &[], "s");
        prop_assert!(!href.contains(['{', '}']), "{href}");
        prop_assert!(href.starts_with("https://acme.example/?"));
        match check_https(&href) {
            Ok(_) | Err(Reason::TooLong { max: URL_MAX }) => {}
            Err(reason) => prop_assert!(false, "{href}: {reason:?}"),
        }
        // Every value arrives as given: the placeholder `{summary}` as parameter `s` reads back.
        let probe = "https://acme.example/?s={summary}&l={link}";
        let filled = super::href(&web(probe), &filling, &[], "s");
        prop_assert_eq!(parameter(&filled, "s"), Some(filling.summary.clone()));
        prop_assert_eq!(parameter(&filled, "l"), Some(filling.link.clone()));
    }

    /// The link the call to action carries never holds the label the visitor typed.
    #[test]
    fn the_results_link_in_a_call_to_action_carries_no_label(label in "\\PC{1,40}") {
        let q = questionnaire();
        let answers = vec![Some(Answer::Choice(2)); q.items.len()];
        let outcome = score(&q, &answers);
        let link = crate::model::link::encode(&q, &answers, None);
        let labelled = crate::model::link::encode(&q, &answers, Some(&label));
        prop_assert_ne!(&link, &labelled);
        let f = Filling::of(&q, &outcome, "en", link.clone(), String::new());
        let href = href(&web("https://a.example/?x={link}"), &f, &[], "s");
        prop_assert_eq!(parameter(&href, "x"), Some(link));
    }
}

/// A link anyone can write puts no call to action and no norms file on the firm's own page;
/// inside a frame, the firm's page gave them.
#[test]
fn a_link_cannot_route_a_call_to_action_on_a_page_of_its_own() {
    use crate::model::settings::from_address;
    let forged = "?cta-url-partner=https%3A%2F%2Fevil.example&cta-label-vendor=Sign%20in\
                  &cta-text=Hi&benchmark=norms.json&accent=%23336699";
    let (settings, warnings) = from_address(forged, Settings::default(), false);
    assert_eq!(
        (settings.stages, settings.cta_text, settings.benchmark),
        (vec![], None, None)
    );
    let refused: Vec<&str> = warnings
        .iter()
        .filter(|w| w.reason == Reason::DeploymentOnly)
        .map(|w| w.key.as_str())
        .collect();
    assert_eq!(
        refused,
        [
            "cta-url-partner",
            "cta-label-vendor",
            "cta-text",
            "benchmark"
        ]
    );
    assert!(settings.accent.is_some());
    let (framed, warnings) = from_address(forged, Settings::default(), true);
    assert_eq!(warnings, vec![]);
    assert_eq!(framed.stages.len(), 2);
    assert_eq!(framed.benchmark.as_deref(), Some("norms.json"));
}
