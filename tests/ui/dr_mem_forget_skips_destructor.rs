//@ spec: 12.9
//@ leaks: mem::forget of a Ticket whose String buffer is never freed
// mem::forget moves a value away without running its destructor (nor its fields'),
// unlike drop(); the forgotten String's buffer is deliberately leaked.
use std::mem;

struct Counter {
    id: u32,
}
impl Drop for Counter {
    fn drop(&mut self) {
        println!("counter {} dropped", self.id);
    }
}

struct Ticket {
    owner: String,
    counter: Counter,
}
impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket of {} dropped", self.owner);
    }
}

fn main() {
    let a = Counter { id: 1 };
    let b = Counter { id: 2 };
    mem::forget(a);
    println!("forgot counter 1");
    drop(b);
    println!("dropped counter 2");
    let t = Ticket { owner: String::from("ana"), counter: Counter { id: 3 } };
    let u = Ticket { owner: String::from("ben"), counter: Counter { id: 4 } };
    println!("tickets for {} and {}", t.owner, u.owner);
    mem::forget(t);
    println!("forgot ana's ticket");
    let mut list = vec![Counter { id: 5 }, Counter { id: 6 }, Counter { id: 7 }];
    let middle = list.remove(1);
    mem::forget(middle);
    println!("list now has {}", list.len());
    println!("end of main");
}
