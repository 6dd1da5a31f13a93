//@ spec: 12.7, 17.8
// A loop over an array by value owns its elements: each moves into the loop variable in
// turn, and the ones a `break` or `return` leaves behind are still dropped, in order,
// where the loop ends. `array.into_iter()` hands them out the same way.
struct Ticket {
    seat: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("  release seat {}", self.seat);
    }
}

fn first_window_seat(row: [Ticket; 4]) -> Option<u32> {
    for t in row {
        if t.seat % 4 == 0 {
            println!("  window seat {}", t.seat);
            return Some(t.seat);
        }
        println!("  aisle seat {}", t.seat);
    }
    None
}

fn main() {
    println!("break:");
    let tickets = [Ticket { seat: 1 }, Ticket { seat: 2 }, Ticket { seat: 3 }];
    for t in tickets {
        if t.seat == 2 {
            println!("  stop at {}", t.seat);
            break;
        }
        println!("  use {}", t.seat);
    }
    println!("return:");
    let row = [Ticket { seat: 5 }, Ticket { seat: 6 }, Ticket { seat: 8 }, Ticket { seat: 9 }];
    println!("  found {:?}", first_window_seat(row));
    println!("into_iter:");
    let names = [String::from("ada"), String::from("grace"), String::from("edsger")];
    let mut it = names.into_iter();
    let first = it.next().unwrap();
    let rest: Vec<String> = it.collect();
    println!("  {} then {:?}", first, rest);
    let pairs = [(String::from("x"), 1), (String::from("y"), 2)];
    for (i, (name, n)) in pairs.into_iter().enumerate() {
        println!("  {} {} {}", i, name, n);
    }
    println!("partial use:");
    let spare = [Ticket { seat: 20 }, Ticket { seat: 21 }];
    let mut held = spare.into_iter();
    let one = held.next();
    println!("  took {}", one.as_ref().map(|t| t.seat).unwrap_or(0));
    drop(held);
    println!("end");
}
