//@ spec: 12.5
// Shadowing hides a binding but does not end its value's life: the shadowed value is
// still dropped at the end of its block, after the value that shadows it.
struct Lamp {
    room: &'static str,
    watts: u32,
}
impl Drop for Lamp {
    fn drop(&mut self) {
        println!("lamp off: {} ({}W)", self.room, self.watts);
    }
}

fn brighter(old: &Lamp) -> Lamp {
    Lamp { room: old.room, watts: old.watts * 2 }
}

fn main() {
    let lamp = Lamp { room: "hall", watts: 20 };
    println!("first lamp {}W", lamp.watts);
    let lamp = brighter(&lamp);
    println!("second lamp {}W", lamp.watts);
    let lamp = brighter(&lamp);
    println!("third lamp {}W", lamp.watts);
    {
        let lamp = Lamp { room: "attic", watts: 5 };
        let lamp = brighter(&lamp);
        println!("inner lamp {} {}W", lamp.room, lamp.watts);
    }
    println!("after inner block, lamp is {}W", lamp.watts);
    let count = 3;
    let count = count + 1;
    let lamp = Lamp { room: "porch", watts: count };
    println!("porch lamp {}W", lamp.watts);
    println!("end of main");
}
