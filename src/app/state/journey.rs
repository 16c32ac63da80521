//! How the state changes: the reducer, action by action, and the changes of the journey it
//! is made of (going back, answering a seat, switching form, more of the catalog arriving, the
//! visitor's own result following the answers).

use super::*;
use crate::model::progress::Step;
use crate::model::questionnaire::Form;

impl AppState {
    /// A notice that still holds when the visitor starts afresh or answers another seat: the
    /// refusal of storage (the others described what was on screen).
    fn keep_lasting_notice(&mut self) {
        if !matches!(self.notice, Some(Notice::NoStorage)) {
            self.notice = None;
        }
    }

    /// One step back. From the first question answered against a shared result that is the
    /// result itself: `place()` shows it, and the reducer holds it so (see `reduce`).
    pub fn back(&mut self) {
        self.progress.back();
        self.need_answer = false;
    }

    /// Makes the visitor's own result again when it comes on screen or its answers change, and
    /// drops it when it leaves the screen.
    pub fn follow_own_result(&mut self, before: &AppState) {
        let same_answers = self.questionnaire == before.questionnaire
            && self.progress.answers == before.progress.answers;
        if same_answers && self.own.is_some() && self.place() == Place::Result {
            return;
        }
        self.own = self.own_result().map(Rc::new);
    }

    /// More of the catalog arrived: views re-point to its copies of what they show (with the
    /// texts of every language it brought).
    fn add_to_catalog(&mut self, more: &Rc<Catalog>) {
        let catalog = self.catalog.join(more);
        self.questionnaire = catalog.copy_of(&self.questionnaire);
        let copy = |o: &mut Opened| o.questionnaire = catalog.copy_of(&o.questionnaire);
        match &mut self.screen {
            Screen::Against(o) | Screen::SharedResult(o) => copy(o),
            Screen::Comparison(a, b) => {
                copy(a);
                copy(b);
            }
            Screen::Journey | Screen::BrokenLink(_) => {}
        }
        self.catalog = catalog;
    }

    /// Answers a seat's questionnaire from `progress`, against a shared result or not.
    pub fn use_seat(
        &mut self,
        questionnaire: QuestionnaireRef,
        progress: Progress,
        against: Option<Opened>,
    ) {
        self.questionnaire = questionnaire;
        self.progress = progress;
        // Answering against a shared result goes straight to the questions.
        if against.is_some() && self.progress.step == Step::Intro {
            self.progress.start();
        }
        self.screen = match against {
            Some(against) => Screen::Against(against),
            None => Screen::Journey,
        };
        self.need_answer = false;
        self.keep_lasting_notice();
    }

    /// Switches between the quick check and the full form of the questionnaire on screen (of
    /// the same version), carrying the answers over; nothing changes when that form is not
    /// in the catalog.
    pub fn use_form(&mut self, quick: bool) {
        // Offered on the visitor's own intro and result only: answering against a shared
        // result keeps that result's form, so the two stay comparable.
        if self.screen != Screen::Journey {
            return;
        }
        let q = &self.questionnaire;
        let id = if quick {
            q.quick_id()
        } else {
            q.base_id().to_string()
        };
        let Some(form) = self.catalog.find(&id, q.version).cloned() else {
            return;
        };
        if form == self.questionnaire {
            return;
        }
        self.progress = self.progress.carried(q, &form);
        self.questionnaire = form;
        self.need_answer = false;
    }

    /// The visitor's own result as a link payload, with their label.
    pub fn own_payload(&self) -> String {
        link::encode(
            &self.questionnaire,
            &self.progress.answers,
            Some(self.label.as_str()),
        )
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start => next.progress.start(),
            Action::Choose(answer) => {
                next.progress.choose(answer);
                next.need_answer = false;
            }
            Action::Next => {
                next.need_answer = next.progress.advance().is_err();
            }
            Action::Back => next.back(),
            Action::StartOver => {
                // Progress resumed with an earlier version starts afresh with the current one,
                // in the form on screen.
                let quick = next.questionnaire.form == Form::Quick;
                next.questionnaire = next.catalog.form_for(next.questionnaire.seat, quick);
                next.progress = Progress::new(&next.questionnaire);
                next.need_answer = false;
                next.screen = Screen::Journey;
                next.label.clear();
                next.keep_lasting_notice();
            }
            Action::DismissNotice => next.notice = None,
            Action::Go(route) => {
                next.go(&route);
                next.need_answer = false;
                next.followed = next.followed.wrapping_add(1);
            }
            Action::UseSeat {
                questionnaire,
                progress,
                against,
            } => next.use_seat(questionnaire, progress, against),
            Action::SetLabel(label) => next.label = label,
            Action::UseForm(quick) => next.use_form(quick),
            Action::CatalogLoaded(catalog) => next.add_to_catalog(&catalog),
            Action::Want(intent) => next.want(intent),
            Action::Settled { pending, complete } => next.settled(pending, complete),
            Action::Retry(address) => next.retry(address),
            Action::Speak(lang) => next.lang = lang,
            Action::Earlier(earlier) => next.earlier = earlier,
            Action::Revisit(questions) => {
                if next.progress.step == Step::Result {
                    next.progress.revisit(&questions);
                }
            }
        }
        // Before the first question against a shared result is that result (Back from question
        // 1 leads there): the pair of answering against it and an intro is never held.
        if let (Screen::Against(against), Step::Intro) = (&next.screen, next.progress.step) {
            next.screen = Screen::SharedResult(against.clone());
        }
        next.follow_own_result(&self);
        // Leaving a step retires the "welcome back" notice: it described the step it came with.
        if next.progress.step != self.progress.step && next.notice == Some(Notice::Restored) {
            next.notice = None;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
