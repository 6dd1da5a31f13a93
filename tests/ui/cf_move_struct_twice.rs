//@ compile-fail
//@ spec: 12.1
// A non-Copy struct moved into a function, into another variable, into an
// array, and then used again; a method taking `self` also consumes it.
struct Ticket {
    seat: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.seat
    }
    fn seat(&self) -> u32 {
        self.seat
    }
}

fn store(t: Ticket) {}

fn main() {
    let a = Ticket { seat: 1 };
    store(a);
    println!("{}", a.seat); //~ ERROR E0382
    let b = Ticket { seat: 2 };
    let used = b.redeem();
    let s = b.seat(); //~ ERROR E0382
    let c = Ticket { seat: 3 };
    let row = [c];
    store(c); //~ ERROR E0382
    let d = Ticket { seat: 4 };
    let pair = (d, 5);
    let e = d; //~ ERROR E0382
}
