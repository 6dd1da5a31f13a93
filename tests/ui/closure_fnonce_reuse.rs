//@ compile-fail
//@ spec: 12.3
// A closure that passes a capture away takes it by value: the variable is moved into the
// closure, and the closure can be called only once.
struct Ticket(u32);

fn redeem(t: Ticket) -> u32 {
    t.0
}

fn main() {
    let t = Ticket(1);
    let use_it = || redeem(t);
    println!("{}", t.0); //~ ERROR E0382
    println!("{}", use_it());
    let u = Ticket(2);
    let once = move || redeem(u);
    println!("{}", once());
    println!("{}", once()); //~ ERROR E0382
}
