//! The messages the app in a frame posts to the loader on the host page: a contract between
//! releases (a firm may pin an older loader while the app moves on), so each name is written
//! here once. The app posts them through `browser::embed::post`; `start.js` posts `escape`
//! before the app runs; `embed.js` receives them (tests/facts.rs ties all three to this list).
//!
//! On the wire each is a plain object `{ partnerOrVendor: 1, type: <name>, <field>: … }`.

/// The marker every message carries, with the value 1.
pub const MARKER: &str = "partnerOrVendor";

/// A message's `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// The app has started in the frame.
    Ready,
    /// The content's height changed (`height`: CSS pixels), for an inline frame.
    Height,
    /// The frame's title, in the visitor's language (`title`).
    Title,
    /// The visitor left the intro for the first question.
    Start,
    /// A question is on screen (`detail`: its number from 1 and how many the form has; never
    /// an answer).
    Step,
    /// The visitor's own result is on screen (`detail`: the scores and the link).
    Complete,
    /// The visitor followed the firm's call to action (`detail`: the stage's id, the index and
    /// the host, or mail address, they were sent to).
    Cta,
    /// Escape was pressed inside the frame: close the overlay (posted by `start.js`).
    Escape,
}

impl Message {
    pub const ALL: [Message; 8] = [
        Message::Ready,
        Message::Height,
        Message::Title,
        Message::Start,
        Message::Step,
        Message::Complete,
        Message::Cta,
        Message::Escape,
    ];

    /// The `type` on the wire.
    pub fn name(self) -> &'static str {
        match self {
            Message::Ready => "ready",
            Message::Height => "height",
            Message::Title => "title",
            Message::Start => "start",
            Message::Step => "step",
            Message::Complete => "complete",
            Message::Cta => "cta",
            Message::Escape => "escape",
        }
    }

    /// The one field beside `type` the message carries, if any.
    pub fn field(self) -> Option<&'static str> {
        match self {
            Message::Height => Some("height"),
            Message::Title => Some("title"),
            Message::Step | Message::Complete | Message::Cta => Some("detail"),
            Message::Ready | Message::Start | Message::Escape => None,
        }
    }

    /// Whether the loader passes it on to the host page as the event
    /// `partner-or-vendor:<name>` (the others it acts on itself).
    pub fn is_event(self) -> bool {
        match self {
            Message::Ready | Message::Start | Message::Step | Message::Complete | Message::Cta => {
                true
            }
            Message::Height | Message::Title | Message::Escape => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Message;

    #[test]
    fn every_message_has_a_name_of_its_own() {
        for (i, a) in Message::ALL.iter().enumerate() {
            for b in &Message::ALL[i + 1..] {
                assert_ne!(a.name(), b.name());
            }
        }
    }
}
