//@ spec: 15.2 15.3 12
// FnOnce closures that move a non-Copy value out of their environment, versus Fn and FnMut callers.
#[derive(Debug)]
struct Ticket {
    id: u32,
    seat: char,
}

fn redeem<F: FnOnce() -> Ticket>(f: F) -> u32 {
    let t = f();
    println!("redeemed {:?}", t);
    t.id
}

fn call_n<F: FnMut() -> u32>(n: u32, mut f: F) -> u32 {
    let mut last = 0;
    for _ in 0..n {
        last = f();
    }
    last
}

fn peek<F: Fn() -> char>(f: &F) -> char {
    f()
}

fn consume_and_report<F>(label: &str, f: F)
where
    F: FnOnce() -> (u32, char),
{
    let (id, seat) = f();
    println!("{}: #{} seat {}", label, id, seat);
}

fn main() {
    let t1 = Ticket { id: 7, seat: 'A' };
    let id = redeem(move || t1);
    println!("returned id {}", id);

    let t2 = Ticket { id: 8, seat: 'B' };
    let show = || t2.seat;
    println!("peek: {} {}", peek(&show), peek(&show));
    println!("still own t2: {:?}", t2);

    consume_and_report("move", move || (t2.id, t2.seat));

    let mut counter = 100;
    let last = call_n(3, || {
        counter += 5;
        counter
    });
    println!("last = {}, counter = {}", last, counter);

    let t3 = Ticket { id: 9, seat: 'C' };
    let describe = move || {
        let Ticket { id, seat } = t3;
        (id * 2, seat)
    };
    consume_and_report("destructured", describe);

    let make = |n: u32| Ticket { id: n, seat: 'Z' };
    println!("made id {}", redeem(|| make(42)));
}
