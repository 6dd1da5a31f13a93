//@ spec: 17.6, 17.8, 12.4
// A Vec owns its elements: they are dropped in order with it, when truncated or
// cleared, and when a by-value `for` loop ends early; popped and removed elements
// move out; Vec<Box<dyn Trait>> holds different types.
struct Ticket(u32);
impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} dropped", self.0);
    }
}

trait Sound {
    fn make(&self) -> &'static str;
}
struct Cat;
struct Cow {
    tag: Ticket,
}
impl Sound for Cat {
    fn make(&self) -> &'static str {
        "meow"
    }
}
impl Sound for Cow {
    fn make(&self) -> &'static str {
        "moo"
    }
}

fn main() {
    let mut queue = vec![Ticket(1), Ticket(2), Ticket(3), Ticket(4)];
    let first = queue.remove(0);
    println!("served {}", first.0);
    queue.truncate(2);
    println!("after truncate {}", queue.len());
    if let Some(t) = queue.pop() {
        println!("popped {}", t.0);
    }
    let batch = vec![Ticket(10), Ticket(11), Ticket(12)];
    for t in batch {
        if t.0 == 11 {
            println!("stop at 11");
            break;
        }
        println!("handled {}", t.0);
    }
    let choir: Vec<Box<dyn Sound>> = vec![Box::new(Cat), Box::new(Cow { tag: Ticket(20) }), Box::new(Cat)];
    let sounds: Vec<&str> = choir.iter().map(|s| s.make()).collect();
    println!("{:?}", sounds);
    let mut kept = vec![Ticket(30), Ticket(31), Ticket(32)];
    kept.retain(|t| t.0 != 31);
    println!("kept {}", kept.len());
    let evens: Vec<u32> = (1..=10).filter(|n| n % 2 == 0).collect::<Vec<_>>();
    let back: Vec<u32> = evens.clone().into_iter().rev().collect();
    println!("{:?} {:?}", evens, back);
    println!("end of main");
}
