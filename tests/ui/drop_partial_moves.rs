//@ spec: 12.7
// Moving fields out of a struct leaves the others to be dropped one by one, in order,
// where the struct dies; a field assigned back is dropped again with the rest.
struct Part(&'static str);
impl Drop for Part {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Part,
    seat: Part,
}

struct Garage {
    car: Machine,
    tools: Part,
}

fn main() {
    let m = Machine { engine: Part("engine"), wheels: Part("wheels"), seat: Part("seat") };
    let wheels = m.wheels;
    println!("took {}", wheels.0);
    let g = Garage {
        car: Machine { engine: Part("g-engine"), wheels: Part("g-wheels"), seat: Part("g-seat") },
        tools: Part("tools"),
    };
    let engine = g.car.engine;
    drop(engine);
    println!("after engine");
    let mut spare = Machine { engine: Part("s-engine"), wheels: Part("s-wheels"), seat: Part("s-seat") };
    let old_seat = spare.seat;
    spare.seat = Part("s-new-seat");
    println!("swapped {} for {}", old_seat.0, spare.seat.0);
    let (left, _) = (Part("left"), Part("right"));
    println!("left {}", left.0);
    let r = &Part("borrowed temporary");
    println!("r {}", r.0);
    println!("end");
}
