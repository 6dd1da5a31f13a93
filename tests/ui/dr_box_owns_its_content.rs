//@ spec: 17.1, 12.4, 12.8
// A Box drops what it holds when the box dies, recursively through boxes of boxes;
// moving the content out with `*b` leaves nothing for the box to drop.
struct Gem {
    carats: u32,
}
impl Drop for Gem {
    fn drop(&mut self) {
        println!("gem of {} carats gone", self.carats);
    }
}

struct Chest {
    lid: Box<Gem>,
    inner: Option<Box<Chest>>,
}
impl Drop for Chest {
    fn drop(&mut self) {
        println!("chest with lid gem {} closes", self.lid.carats);
    }
}

fn pack(levels: u32) -> Box<Chest> {
    let mut chest: Option<Box<Chest>> = None;
    for i in 1..=levels {
        chest = Some(Box::new(Chest { lid: Box::new(Gem { carats: i * 10 }), inner: chest }));
    }
    chest.unwrap()
}

fn main() {
    let single = Box::new(Gem { carats: 1 });
    println!("single holds {}", single.carats);
    let double = Box::new(Box::new(Gem { carats: 2 }));
    println!("double holds {}", double.carats);
    let moved_out = Box::new(Gem { carats: 3 });
    let gem = *moved_out;
    println!("moved out {}", gem.carats);
    let mut swapped = Box::new(Gem { carats: 4 });
    println!("replacing box content");
    *swapped = Gem { carats: 5 };
    println!("box now {}", swapped.carats);
    println!("replacing whole box");
    swapped = Box::new(Gem { carats: 6 });
    println!("box now {}", swapped.carats);
    let nest = pack(3);
    println!("outer chest lid {}", nest.lid.carats);
    println!("end of main");
}
