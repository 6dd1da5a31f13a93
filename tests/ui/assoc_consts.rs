//@ spec: 14.14
// Associated consts: in inherent impls, in traits (required or with a default), read
// through the type, `Self`, a type parameter, or `<T as Trait>::`.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}

struct Tri;
struct Square;
struct Wrapper<T>(T);

impl Shape for Tri {
    const SIDES: u32 = 3;
}

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
}

impl<T> Shape for Wrapper<T> {
    const SIDES: u32 = 0;
    const NAME: &'static str = "wrapper";
}

struct Grid;

impl Grid {
    const W: usize = 4;
    const H: usize = Self::W - 1;
    const CELLS: usize = Grid::W * Grid::H;

    fn area(&self) -> usize {
        Self::W * Self::H
    }
}

fn corners<S: Shape>(_s: &S) -> u32 {
    S::SIDES * 2
}

fn name_of<S: Shape>() -> &'static str {
    <S as Shape>::NAME
}

fn main() {
    println!("{} {} {}", Tri.sides(), Square.sides(), Wrapper(1u8).sides());
    println!("{} {}", Tri::SIDES, <Square as Shape>::SIDES);
    println!("{} {}", corners(&Tri), corners(&Wrapper("x")));
    println!("{} {} {}", name_of::<Tri>(), name_of::<Square>(), name_of::<Wrapper<bool>>());
    println!("{} {} {} {}", Grid::W, Grid::H, Grid::CELLS, Grid.area());
    let cells = [0u8; Grid::CELLS];
    println!("{} {}", cells.len(), Tri::NAME);
}
