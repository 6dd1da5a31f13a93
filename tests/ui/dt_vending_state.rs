//@ run-pass
//@ spec: 11.9 11.10 11.11 11.3
// A vending machine state machine: states are enum variants consumed and returned by value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Collecting { cents: u32 },
    Vending { item: char, change: u32 },
    OutOfOrder(u8),
}

#[derive(Debug, Clone, Copy)]
enum Event { Coin(u32), Select(char), Kick, Reset }

const PRICE: u32 = 75;

impl State {
    fn next(self, e: Event) -> State {
        match (self, e) {
            (State::OutOfOrder(n), Event::Kick) if n > 1 => State::OutOfOrder(n - 1),
            (State::OutOfOrder(_), Event::Kick) => State::Idle,
            (State::OutOfOrder(n), _) => State::OutOfOrder(n),
            (_, Event::Reset) => State::Idle,
            (State::Idle, Event::Coin(c)) => State::Collecting { cents: c },
            (State::Collecting { cents }, Event::Coin(c)) => State::Collecting { cents: cents + c },
            (State::Collecting { cents }, Event::Select(item @ 'A'..='D')) if cents >= PRICE => {
                State::Vending { item, change: cents - PRICE }
            }
            (s @ State::Collecting { .. }, Event::Select(_)) => s,
            (State::Vending { .. }, Event::Coin(c)) => State::Collecting { cents: c },
            (_, Event::Kick) => State::OutOfOrder(2),
            (s, _) => s,
        }
    }
    fn describe(&self) -> &'static str {
        match *self {
            State::Idle => "waiting",
            State::Collecting { cents: 0..=49 } => "need more",
            State::Collecting { .. } => "almost there",
            State::Vending { change: 0, .. } => "exact change",
            State::Vending { .. } => "here is your change",
            State::OutOfOrder(_) => "broken",
        }
    }
}

fn main() {
    let events = [
        Event::Select('A'), Event::Coin(25), Event::Coin(25), Event::Select('B'),
        Event::Coin(50), Event::Select('Z'), Event::Select('C'), Event::Coin(75),
        Event::Select('D'), Event::Kick, Event::Coin(5), Event::Kick, Event::Kick,
        Event::Coin(10), Event::Reset,
    ];
    let mut s = State::Idle;
    for e in events {
        let n = s.next(e);
        println!("{:<34} + {:<12} => {:?}", format_state(s), format_event(e), n);
        println!("    ({})", n.describe());
        s = n;
    }
    println!("final idle: {}", s == State::Idle);
}

fn format_state(s: State) -> &'static str {
    match s {
        State::Idle => "Idle",
        State::Collecting { .. } => "Collecting",
        State::Vending { .. } => "Vending",
        State::OutOfOrder(..) => "OutOfOrder",
    }
}

fn format_event(e: Event) -> &'static str {
    match e {
        Event::Coin(_) => "coin",
        Event::Select(_) => "select",
        Event::Kick => "kick",
        Event::Reset => "reset",
    }
}
