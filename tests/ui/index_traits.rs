//@ spec: 14.16
// `impl Index` / `impl IndexMut`: `a[i]` reads through `index`, writes through `index_mut`.
use std::ops::{Index, IndexMut};

struct Grid {
    cells: [i32; 6],
    width: usize,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (row, col): (usize, usize)) -> &i32 {
        &self.cells[row * self.width + col]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (row, col): (usize, usize)) -> &mut i32 {
        &mut self.cells[row * self.width + col]
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Day {
    Mon,
    Tue,
    Wed,
}

struct Week<T> {
    hours: [T; 3],
}

impl<T> Index<Day> for Week<T> {
    type Output = T;
    fn index(&self, d: Day) -> &T {
        &self.hours[d as usize]
    }
}

impl<T> IndexMut<Day> for Week<T> {
    fn index_mut(&mut self, d: Day) -> &mut T {
        &mut self.hours[d as usize]
    }
}

struct Polynomial {
    coeffs: [f64; 4],
}

impl Index<usize> for Polynomial {
    type Output = f64;
    fn index(&self, i: usize) -> &f64 {
        if i < 4 { &self.coeffs[i] } else { &0.0 }
    }
}

fn total(g: &Grid) -> i32 {
    let mut sum = 0;
    for r in 0..2 {
        for c in 0..3 {
            sum += g[(r, c)];
        }
    }
    sum
}

fn main() {
    let mut g = Grid { cells: [1, 2, 3, 4, 5, 6], width: 3 };
    println!("{} {}", g[(0, 2)], g[(1, 0)]);
    g[(1, 1)] = 50;
    g[(0, 0)] += 100;
    let r = &mut g[(1, 2)];
    *r *= 2;
    println!("{:?} {}", g.cells, total(&g));

    let mut w = Week { hours: [8.0, 7.5, 6.0] };
    w[Day::Tue] += 1.0;
    println!("{} {} {}", w[Day::Mon], w[Day::Tue], w[Day::Wed]);
    let mut names = Week { hours: ["a", "b", "c"] };
    names[Day::Wed] = "z";
    println!("{:?} {}", names.hours, names[Day::Mon].len());

    let p = Polynomial { coeffs: [1.0, -2.0, 0.5, 3.0] };
    let x = 2.0;
    let mut y = 0.0;
    for i in (0..6).rev() {
        y = y * x + p[i];
    }
    println!("{} {}", y, p[9]);
}
