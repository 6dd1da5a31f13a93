//@ spec: 12.2, 15.2
// A field reached through a `&mut` that a call returns is a place: it can be assigned and
// updated in place. A closure that writes through a captured `&mut` (even `self` in a
// `&mut self` method) borrows it uniquely and needs no `let mut` on the reference.
struct Slot {
    energy: i32,
    name: String,
}

struct Pool {
    slots: Vec<Slot>,
    last_boost: Option<i32>,
}

impl Pool {
    fn get_mut(&mut self, i: usize) -> &mut Slot {
        &mut self.slots[i]
    }

    fn boost_last(&mut self) -> Option<i32> {
        self.last_boost.map(|b| {
            self.slots[0].energy += b;
            self.slots[0].energy
        })
    }
}

fn first(v: &mut Vec<Slot>) -> &mut Slot {
    &mut v[0]
}

fn main() {
    let mut pool = Pool { slots: vec![Slot { energy: 1, name: String::from("a") }, Slot { energy: 2, name: String::from("b") }], last_boost: Some(5) };
    pool.get_mut(1).energy += 10;
    pool.get_mut(0).name = String::from("alpha");
    pool.slots.last_mut().unwrap().energy *= 3;
    first(&mut pool.slots).energy -= 1;
    println!("{:?}", pool.boost_last());
    for s in &pool.slots {
        println!("{} {}", s.name, s.energy);
    }

    let mut total = 0;
    let r = &mut total;
    let mut add = |v: i32| *r += v;
    add(4);
    add(6);
    println!("total {}", total);
}
