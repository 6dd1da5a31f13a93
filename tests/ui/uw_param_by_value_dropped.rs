//@ run-fail
//@ spec: 8.1, 12.8
// Parameters taken by value belong to the callee's frame: when the callee panics they
// are dropped with its locals (locals first, then parameters), before the caller's.
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("void ticket {}", self.id);
    }
}

fn redeem(t: Ticket, budget: u32) -> u32 {
    let _receipt = Ticket { id: t.id + 100 };
    if t.id > budget {
        panic!("ticket {} over budget {}", t.id, budget);
    }
    t.id * 2
}

fn main() {
    let keep = Ticket { id: 1 };
    println!("redeemed {}", redeem(Ticket { id: 2 }, 5));
    let spare = Ticket { id: 9 };
    println!("redeemed {}", redeem(spare, 5));
    println!("kept {}", keep.id);
}
