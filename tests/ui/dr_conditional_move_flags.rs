//@ spec: 12.7
// A value moved on some paths only is dropped at scope end on the other paths, decided
// by a run-time drop flag; re-initialising after a move makes it droppable again.
struct Parcel {
    id: u32,
}
impl Drop for Parcel {
    fn drop(&mut self) {
        println!("parcel {} destroyed", self.id);
    }
}

fn deliver(p: Parcel) {
    println!("delivering {}", p.id);
}

fn route(id: u32, express: bool, local: bool) {
    println!("route {} express={} local={}", id, express, local);
    let p = Parcel { id };
    let backup = Parcel { id: id + 1 };
    if express {
        deliver(p);
    } else if local {
        let stored = p;
        println!("stored {}", stored.id);
    }
    match id % 3 {
        0 => deliver(backup),
        _ => println!("backup kept"),
    }
    println!("end of route {}", id);
}

fn main() {
    route(10, true, false);
    route(20, false, true);
    route(30, false, false);
    route(41, true, true);
    let mut slot = Parcel { id: 50 };
    for round in 0..4 {
        if round % 2 == 0 {
            deliver(slot);
            slot = Parcel { id: 60 + round };
        } else {
            println!("round {} keeps {}", round, slot.id);
        }
    }
    let last = Parcel { id: 99 };
    let n = 3;
    if n > 5 {
        deliver(last);
    }
    println!("end of main");
}
