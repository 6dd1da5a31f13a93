//@ spec: 15.1 15.2 15.3
// An event dispatcher driving FnMut handlers that count and accumulate into captured state.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Click(i32, i32),
    Key(char),
    Tick,
}

fn dispatch<F: FnMut(Event)>(events: &[Event], mut handler: F) {
    for e in events {
        handler(*e);
    }
}

fn count_where<P: Fn(&Event) -> bool>(events: &[Event], pred: P) -> usize {
    let mut n = 0;
    for e in events.iter() {
        if pred(e) {
            n += 1;
        }
    }
    n
}

fn run_once<F: FnOnce() -> i32>(f: F) -> i32 {
    f()
}

fn main() {
    let events = [
        Event::Click(1, 2),
        Event::Key('h'),
        Event::Tick,
        Event::Key('i'),
        Event::Click(10, 20),
        Event::Tick,
        Event::Tick,
    ];

    let mut clicks = 0;
    let mut sum_x = 0;
    let mut ticks = 0;
    let mut last_key = ' ';
    dispatch(&events, |e| match e {
        Event::Click(x, _) => {
            clicks += 1;
            sum_x += x;
        }
        Event::Key(c) => last_key = c,
        Event::Tick => ticks += 1,
    });
    println!("clicks={} sum_x={} ticks={} last_key={}", clicks, sum_x, ticks, last_key);

    let threshold = 5;
    let far = count_where(&events, |e| match e {
        Event::Click(x, y) => *x + *y > threshold,
        _ => false,
    });
    println!("far clicks: {}", far);
    println!("keys: {}", count_where(&events, |e| matches_key(e)));

    let bonus = 7;
    let total = run_once(move || clicks * 100 + ticks + bonus);
    println!("score: {}", total);
}

fn matches_key(e: &Event) -> bool {
    if let Event::Key(_) = e { true } else { false }
}
