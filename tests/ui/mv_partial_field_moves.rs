//@ spec: 12.1, 12.7
// Moving one field out of a struct or tuple leaves the other fields usable: the borrow
// checker tracks moves per field path, and only the remaining fields are dropped.
struct Ticket {
    owner: String,
    seat: String,
    price: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Noisy(&'static str);

struct Crate {
    left: Noisy,
    right: Noisy,
    count: u32,
}

fn main() {
    let t = Ticket { owner: String::from("ann"), seat: String::from("12B"), price: 40 };
    let who = t.owner;
    println!("owner moved out: {}", who);
    println!("seat {} price {}", t.seat, t.price);
    let seat = t.seat;
    println!("seat moved: {} price still {}", seat, t.price);

    let triple = (String::from("a"), String::from("b"), 5);
    let first = triple.0;
    println!("{} | {} {}", first, triple.1, triple.2);

    let c = Crate { left: Noisy("left"), right: Noisy("right"), count: 2 };
    let l = c.left;
    println!("took {} of {}", l.0, c.count);
    {
        let inner = Crate { left: Noisy("in-l"), right: Noisy("in-r"), count: 1 };
        let r = inner.right;
        println!("inner took {}", r.0);
    }
    println!("end of main");
}
