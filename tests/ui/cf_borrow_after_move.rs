//@ compile-fail
//@ spec: 12.1
// Values moved into a struct literal, a tuple or a function result and then
// printed or borrowed: "borrow of moved value".
struct Engine {
    hp: u32,
}

struct Car {
    engine: Engine,
    wheels: u8,
}

fn inspect(e: &Engine) -> u32 {
    e.hp
}

fn main() {
    let e = Engine { hp: 100 };
    let car = Car { engine: e, wheels: 4 };
    let p = inspect(&e); //~ ERROR E0382
    let e2 = Engine { hp: 200 };
    let spare = (e2, 1);
    let r = &e2; //~ ERROR E0382
    let moved = car;
    println!("{}", car.wheels); //~ ERROR E0382
}
