//! Ready addresses for the call to action: the booking tools firms use, a mail and a contact
//! page, each with the parameters the tool itself documents for filling its form, and the
//! firm's own part in angle brackets (which no address may hold, so the field says so until
//! it is replaced). What each parameter carries is said in the template's hint.

use crate::app::text::Lang;

/// A ready address.
pub struct Template {
    /// The option's value in the template list.
    pub id: &'static str,
    pub address: &'static str,
}

/// Calendly fills its invitee questions from `a1`…`a10`, in the order the event type asks them
/// (help.calendly.com, "How to pre-fill invitee information"); Cal.com fills its notes from
/// `notes` and keeps `metadata[…]` with the booking, unshown, for its webhooks
/// (cal.com/help/embedding/prefill-booking-form-embed) and records the `utm_*` parameters
/// with a booking (cal.com/help/bookings/utm-tracking); HubSpot documents no parameter that
/// fills its meetings form, so its page gets the results link as `result` only.
pub const TEMPLATES: [Template; 5] = [
    Template {
        id: "calendly",
        address: "https://calendly.com/<your-name>/<event>?a1={summary}&a2={link}",
    },
    Template {
        id: "cal-com",
        address: "https://cal.com/<your-name>/<event>?notes={summary}\
                  &metadata[pov_link]={link}&metadata[pov_stage]={stage_id}",
    },
    Template {
        id: "hubspot",
        address: "https://meetings.hubspot.com/<your-name>",
    },
    Template {
        id: "mail",
        address: "mailto:<you>@<your-firm.example>",
    },
    Template {
        id: "contact",
        address: "https://<your-site.example>/contact?stage={stage_id}&index={overall}\
                  &result={link}",
    },
];

/// Each template's name and what its parameters carry, in the order of [`TEMPLATES`].
pub struct Words {
    pub field: &'static str,
    pub none: &'static str,
    pub names: [&'static str; 5],
    pub hints: [&'static str; 5],
}

pub const EN: Words = Words {
    field: "Start from a ready address",
    none: "Choose a ready address…",
    names: [
        "Calendly booking page",
        "Cal.com booking page",
        "HubSpot meetings page",
        "Mail to your team",
        "Your own contact page",
    ],
    hints: [
        "Replace the parts in angle brackets with your Calendly link. a1 and a2 fill your event's first two invitee questions (add them in Calendly: “Your result” as a Multiple Lines question, and “Results link”): the visitor sees them filled in and you find them with the booking. If you pass campaign tags on (utm_…), Calendly keeps them with the booking.",
        "Replace the parts in angle brackets with your Cal.com link. notes fills “Additional \
         notes”, shown on the booking; metadata[pov_link] and metadata[pov_stage] are stored \
         with the booking and sent to your webhooks, but not shown. Campaign tags (utm_…) \
         passed on are recorded with the booking.",
        "Replace the part in angle brackets with your HubSpot meetings link. HubSpot documents no parameter that fills a booking question, so the result does not reach you through the booking: the page gets the results link as “result” and ignores it. To keep the result on the contact, use a HubSpot form on your page (see the recipes in the documentation).",
        "Replace the parts in angle brackets with your address. The visitor's mail program \
         opens with a subject and the summary and results link in the body; nothing is sent \
         until they press Send.",
        "Replace the part in angle brackets with your site. Your page receives the stage's id, \
         the index and the results link as parameters, for your own form's hidden fields.",
    ],
};

pub const DE: Words = Words {
    field: "Mit einer Vorlage beginnen",
    none: "Vorlage wählen …",
    names: [
        "Calendly-Buchungsseite",
        "Cal.com-Buchungsseite",
        "HubSpot-Meetings-Seite",
        "E-Mail an Ihr Team",
        "Ihre eigene Kontaktseite",
    ],
    hints: [
        "Ersetzen Sie die Teile in spitzen Klammern durch Ihren Calendly-Link. a1 und a2 füllen \
         die ersten beiden Fragen Ihres Termintyps (legen Sie diese in Calendly an, z. B. „Ihr \
         Ergebnis“ und „Ergebnis-Link“): Die Besucher sehen sie ausgefüllt, Sie finden sie bei \
         der Buchung. Weitergegebene Kampagnenparameter (utm_…) speichert Calendly mit der \
         Buchung.",
        "Ersetzen Sie die Teile in spitzen Klammern durch Ihren Cal.com-Link. notes füllt \
         „Zusätzliche Notizen“, sichtbar in der Buchung; metadata[pov_link] und \
         metadata[pov_stage] werden mit der Buchung gespeichert und an Ihre Webhooks gesendet, \
         aber nicht angezeigt. Weitergegebene Kampagnenparameter (utm_…) werden mit der \
         Buchung erfasst.",
        "Ersetzen Sie den Teil in spitzen Klammern durch Ihren HubSpot-Meetings-Link. HubSpot dokumentiert keinen Parameter, der das Buchungsformular füllt; die Seite erhält daher nur den Ergebnis-Link als „result“ und wertet ihn nicht aus. Um das Ergebnis beim HubSpot-Kontakt zu speichern, nutzen Sie ein HubSpot-Formular auf Ihrer Seite (siehe die Beispiele in der Anleitung zur Einbindung).",
        "Ersetzen Sie die Teile in spitzen Klammern durch Ihre Adresse. Das E-Mail-Programm der \
         Besucher öffnet sich mit Betreff, Zusammenfassung und Ergebnis-Link; gesendet wird \
         erst, wenn sie auf Senden klicken.",
        "Ersetzen Sie den Teil in spitzen Klammern durch Ihre Website. Ihre Seite erhält die \
         Kennung der Stufe, den Index und den Ergebnis-Link als Parameter, etwa für verborgene \
         Felder Ihres eigenen Formulars.",
    ],
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// The template whose option value is `id`.
pub fn by_id(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::cta::{placeholders, PLACEHOLDERS};
    use crate::model::settings::{check_cta, CtaTarget, Reason};

    /// The firm's own part filled in: the angle brackets dropped.
    fn filled(address: &str) -> String {
        address.replace(['<', '>'], "")
    }

    #[test]
    fn every_template_passes_once_the_firms_part_is_filled_and_not_before() {
        for template in &TEMPLATES {
            assert!(template.address.contains('<'), "{}", template.id);
            assert_eq!(
                check_cta(template.address),
                Err(Reason::BadAddress),
                "{}",
                template.id
            );
            let target = check_cta(&filled(template.address))
                .unwrap_or_else(|r| panic!("{}: {r:?}", template.id));
            match target {
                CtaTarget::Mail(address) => assert_eq!(address, "you@your-firm.example"),
                CtaTarget::Web(url) => {
                    let names = placeholders(&url).expect("known placeholders");
                    assert!(names.iter().all(|n| PLACEHOLDERS.contains(n)));
                }
            }
        }
        assert_eq!(by_id("cal-com").map(|t| t.id), Some("cal-com"));
        assert!(by_id("").is_none());
    }

    #[test]
    fn the_booking_tools_get_the_parameters_they_document() {
        let query = |id: &str| {
            let address = by_id(id).expect("a template").address;
            address.split_once('?').map_or("", |(_, q)| q).to_string()
        };
        assert_eq!(query("calendly"), "a1={summary}&a2={link}");
        assert!(query("cal-com").starts_with("notes={summary}&metadata[pov_link]={link}"));
        // Without a placeholder the app adds the results link as `result`.
        assert_eq!(query("hubspot"), "");
    }

    #[test]
    fn every_template_is_named_and_explained_in_both_languages() {
        for w in [&EN, &DE] {
            assert!(w.names.iter().chain(&w.hints).all(|t| !t.trim().is_empty()));
        }
        for k in 0..TEMPLATES.len() {
            assert_ne!(EN.hints[k], DE.hints[k]);
        }
    }
}
